package dev.tinyforge.dsl.formatting2;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.formatting2.AbstractJavaFormatter;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.xbase.lib.Pair;

import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Element;
import dev.tinyforge.dsl.tinyMl.Evolution;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.tinyMl.Training;

/**
 * Lays out a .tinyml file: top-level elements apart by one blank line; a block's '{' ends its first line, its
 * contents are indented by one tab with one property, memory region, layer, stage or constraint per line (a single
 * blank line between them stays, to group them), and its '}' gets a line of its own; the tokens of a line are apart
 * by one space, except that ',' and '%' stick to the token before them. Only whitespace between tokens changes, so
 * the model stays the same; comments stay where they are.
 */
public class TinyMlFormatter extends AbstractJavaFormatter {

	private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\r]*\\n");

	protected void format(Model model, IFormattableDocument doc) {
		separateTokens(model, doc);
		formatBlocks(model, doc);
		separateElements(model.getElements(), doc);
		model.getElements().forEach(doc::format);
	}

	protected void format(Device device, IFormattableDocument doc) {
		startLinesAt(regionFor(device).keywords("clock", "features"), doc);
		putOnOwnLines(device.getMemories(), doc);
	}

	protected void format(Network network, IFormattableDocument doc) {
		putOnOwnLines(network.getLayers(), doc);
	}

	protected void format(SearchSpace search, IFormattableDocument doc) {
		startLinesAt(regionFor(search).keywords("input", "widths", "resolutions"), doc);
		putOnOwnLines(search.getStages(), doc);
		putOnOwnLines(search.getConstraints(), doc);
		if (search.getObjective() != null) {
			startLine(previousHiddenRegion(search.getObjective()), doc);
		}
		if (search.getEvolution() != null) {
			startLine(previousHiddenRegion(search.getEvolution()), doc);
			format(search.getEvolution(), doc);
		}
	}

	/** One setting per line; the 'mutation' of 'resolution mutation' continues its line. */
	private void format(Evolution evolution, IFormattableDocument doc) {
		for (ISemanticRegion keyword : regionFor(evolution).keywords("samples", "population", "generations", "parent",
				"mutation", "resolution", "seed")) {
			if (!"resolution".equals(keyword.getPreviousSemanticRegion().getText())) {
				startLine(keyword.getPreviousHiddenRegion(), doc);
			}
		}
	}

	protected void format(Deployment deployment, IFormattableDocument doc) {
		startLinesAt(regionFor(deployment).keywords("output", "interface", "patches", "simd", "optimize"), doc);
	}

	protected void format(Training training, IFormattableDocument doc) {
		startLinesAt(regionFor(training).keywords("batch", "optimizer", "precision"), doc);
	}

	/**
	 * One space after every token, with low priority so that line breaks and the rules here override it; the start
	 * of the file is left to {@link FileHeaderReplacer}.
	 */
	private void separateTokens(Model model, IFormattableDocument doc) {
		for (ISemanticRegion token : allSemanticRegions(model)) {
			doc.append(token, this::lowPrioritySpace);
		}
		for (ISemanticRegion attached : allRegionsFor(model).keywords(",", "%")) {
			doc.prepend(attached, this::noSpace);
		}
	}

	private void lowPrioritySpace(IHiddenRegionFormatter space) {
		space.oneSpace();
		space.lowPriority();
	}

	/**
	 * Every '{' ends its line and every '}' starts one, with no blank line next to them (high priority, over the
	 * blank line a block's lines may keep); what is between them is indented.
	 */
	private void formatBlocks(Model model, IFormattableDocument doc) {
		for (Pair<ISemanticRegion, ISemanticRegion> braces : allRegionsFor(model).keywordPairs("{", "}")) {
			doc.append(braces.getKey(), this::exactlyOneLineBreak);
			doc.prepend(braces.getValue(), this::exactlyOneLineBreak);
			doc.interior(braces, this::indent);
		}
	}

	private void exactlyOneLineBreak(IHiddenRegionFormatter lineBreak) {
		lineBreak.newLine();
		lineBreak.highPriority();
	}

	private void separateElements(List<Element> elements, IFormattableDocument doc) {
		if (elements.isEmpty()) {
			return;
		}
		doc.addReplacer(new FileHeaderReplacer(previousHiddenRegion(elements.get(0))));
		for (Element element : elements.subList(1, elements.size())) {
			doc.prepend(element, blankLine -> blankLine.setNewLines(2));
		}
		doc.append(elements.get(elements.size() - 1), this::newLine);
	}

	private void startLinesAt(List<ISemanticRegion> keywords, IFormattableDocument doc) {
		keywords.forEach(keyword -> startLine(keyword.getPreviousHiddenRegion(), doc));
	}

	private void putOnOwnLines(Collection<? extends EObject> lines, IFormattableDocument doc) {
		lines.forEach(line -> startLine(previousHiddenRegion(line), doc));
	}

	/**
	 * A line of a block; a blank line above it, where there was one, may group the lines. Decided from the text
	 * rather than with setNewLines(1, 1, 2): Xtext does not count the line break a // comment ends with, so that
	 * would drop a blank line after such a comment on one pass and keep it on the next.
	 */
	private void startLine(IHiddenRegion above, IFormattableDocument doc) {
		boolean grouped = BLANK_LINE.matcher(above.getText()).find();
		doc.set(above, lineBreak -> lineBreak.setNewLines(grouped ? 2 : 1));
	}
}
