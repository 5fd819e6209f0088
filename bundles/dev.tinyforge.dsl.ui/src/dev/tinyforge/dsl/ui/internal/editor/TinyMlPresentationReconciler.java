package dev.tinyforge.dsl.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITypedRegion;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.presentation.IPresentationDamager;
import org.eclipse.jface.text.presentation.IPresentationRepairer;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

import dev.tinyforge.dsl.ide.highlighting.TinyMlSemanticHighlightingCalculator;
import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Syntax and semantic coloring: lexical styles from the Xtext node model (keywords, enum values such as
 * {@code cortex-m7} or {@code relu6}, comments, strings, numbers, shapes), then the styles of the ide
 * {@link ISemanticHighlightingCalculator} (declared names bold, references italic) merged over them. Any edit can
 * change what a name resolves to, so every change re-colors the whole document; .tinyml files are small.
 */
public class TinyMlPresentationReconciler extends PresentationReconciler {

	private static final String ENUM_ID = "tinyml.enum";

	/** Style id to its text attribute; colors after Eclipse's Java editor defaults. */
	private static final Map<String, TextAttribute> STYLES = Map.of(
			HighlightingStyles.KEYWORD_ID, attribute(127, 0, 85, SWT.BOLD),
			ENUM_ID, attribute(0, 0, 192, SWT.NORMAL),
			HighlightingStyles.COMMENT_ID, attribute(63, 127, 95, SWT.NORMAL),
			HighlightingStyles.STRING_ID, attribute(42, 0, 255, SWT.NORMAL),
			HighlightingStyles.NUMBER_ID, attribute(125, 80, 0, SWT.NORMAL),
			TinyMlSemanticHighlightingCalculator.DECLARATION_ID, attribute(0, 0, 0, SWT.BOLD),
			TinyMlSemanticHighlightingCalculator.REFERENCE_ID, attribute(0, 102, 153, SWT.ITALIC));

	public TinyMlPresentationReconciler() {
		WholeDocumentRepairer repairer = new WholeDocumentRepairer();
		setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	/** The style ranges of a parsed text, sorted and not overlapping. */
	public static List<StyleRange> styleRanges(XtextResource resource) {
		TextPresentation presentation = new TextPresentation();
		if (resource.getParseResult() != null) {
			for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
				String style = lexicalStyle(leaf);
				if (style != null && leaf.getLength() > 0) {
					presentation.addStyleRange(range(leaf.getOffset(), leaf.getLength(), style));
				}
			}
		}
		TinyMlUi.injector().getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> {
					if (ids.length > 0 && STYLES.containsKey(ids[0])) {
						presentation.mergeStyleRange(range(offset, length, ids[0]));
					}
				}, CancelIndicator.NullImpl);
		List<StyleRange> result = new ArrayList<>();
		presentation.getAllStyleRangeIterator().forEachRemaining(result::add);
		return result;
	}

	private static String lexicalStyle(ILeafNode leaf) {
		Object element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword) {
			if (keyword.eContainer() instanceof EnumLiteralDeclaration) {
				return ENUM_ID;
			}
			return Character.isLetter(keyword.getValue().charAt(0)) ? HighlightingStyles.KEYWORD_ID : null;
		}
		AbstractRule rule = element instanceof RuleCall call ? call.getRule()
				: element instanceof AbstractRule abstractRule ? abstractRule : null;
		if (rule instanceof EnumRule) {
			return ENUM_ID;
		}
		if (!(rule instanceof TerminalRule)) {
			return null;
		}
		switch (rule.getName()) {
		case "ML_COMMENT", "SL_COMMENT":
			return HighlightingStyles.COMMENT_ID;
		case "STRING":
			return HighlightingStyles.STRING_ID;
		case "INT", "SHAPE":
			return HighlightingStyles.NUMBER_ID;
		default:
			return null;
		}
	}

	private static StyleRange range(int offset, int length, String style) {
		TextAttribute attribute = STYLES.get(style);
		return new StyleRange(offset, length, attribute.getForeground(), null, attribute.getStyle());
	}

	private static TextAttribute attribute(int red, int green, int blue, int style) {
		return new TextAttribute(new Color(red, green, blue), null, style);
	}

	private static final class WholeDocumentRepairer implements IPresentationDamager, IPresentationRepairer {
		private IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public IRegion getDamageRegion(ITypedRegion partition, DocumentEvent event, boolean partitioningChanged) {
			return new Region(0, event.getDocument().getLength());
		}

		@Override
		public void createPresentation(TextPresentation presentation, ITypedRegion damage) {
			if (document != null) {
				styleRanges(DocumentFiles.parse(document)).forEach(presentation::addStyleRange);
			}
		}
	}
}
