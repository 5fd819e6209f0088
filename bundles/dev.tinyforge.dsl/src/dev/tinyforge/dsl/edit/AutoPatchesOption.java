package dev.tinyforge.dsl.edit;

import java.util.List;

import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;

/**
 * Sets a deployment's {@code patches} option to {@code auto}, a remedy for a deployment over its SRAM budget
 * (MCUNetV2: the large early feature maps are computed patch by patch). An existing option is replaced; otherwise
 * the option goes where the grammar wants it, after {@code output} and before {@code simd}, on its own line when
 * the block spans lines, and a deployment without a block gets one.
 */
public final class AutoPatchesOption {

	private static final String OPTION = "patches auto";

	private AutoPatchesOption() {
	}

	/** @return null when the deployment has no text (not parsed from a file) */
	public static TextReplacement set(Deployment deployment) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(deployment);
		if (node == null) {
			return null;
		}
		if (deployment.getPatches() != null) {
			INode option = NodeModelUtils.findActualNodeFor(deployment.getPatches());
			return new TextReplacement(option.getOffset(), option.getLength(), "auto");
		}
		String text = node.getRootNode().getText();
		ILeafNode open = keyword(node, "{");
		if (open == null) {
			String indent = indentOf(text, node.getOffset());
			return new TextReplacement(node.getEndOffset(), 0,
					" {\n" + indent + "\t" + OPTION + "\n" + indent + "}");
		}
		boolean lines = text.substring(open.getOffset(), node.getEndOffset()).contains("\n");
		List<INode> output = NodeModelUtils.findNodesForFeature(deployment, Literals.DEPLOYMENT__OUTPUT);
		if (!output.isEmpty()) {
			int end = output.get(output.size() - 1).getEndOffset();
			return new TextReplacement(end, 0, (lines ? "\n" + indentOf(text, end) : " ") + OPTION);
		}
		ILeafNode simd = keyword(node, "simd");
		if (simd != null) {
			return new TextReplacement(simd.getOffset(), 0,
					OPTION + (lines ? "\n" + indentOf(text, simd.getOffset()) : " "));
		}
		if (lines) {
			return new TextReplacement(open.getEndOffset(), 0,
					"\n" + indentOf(text, node.getOffset()) + "\t" + OPTION);
		}
		boolean closes = text.charAt(open.getEndOffset()) == '}';
		return new TextReplacement(open.getEndOffset(), 0, " " + OPTION + (closes ? " " : ""));
	}

	private static ILeafNode keyword(ICompositeNode node, String value) {
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (leaf.getGrammarElement() instanceof Keyword keyword && keyword.getValue().equals(value)) {
				return leaf;
			}
		}
		return null;
	}

	/** The blanks that start the line holding {@code offset}. */
	private static String indentOf(String text, int offset) {
		int start = text.lastIndexOf('\n', offset - 1) + 1;
		int end = start;
		while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
			end++;
		}
		return text.substring(start, end);
	}
}
