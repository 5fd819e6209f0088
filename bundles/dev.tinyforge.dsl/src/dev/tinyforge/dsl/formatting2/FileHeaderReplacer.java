package dev.tinyforge.dsl.formatting2;

import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegionPart;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.IWhitespace;

/**
 * Lays out what comes before the first element of a file: nothing before the first comment, each comment on lines
 * of its own, and after each at most one blank line, as written. Xtext's layout of a hidden region cannot see a
 * blank line after a {@code //} comment, as that comment ends with the line break.
 */
final class FileHeaderReplacer implements ITextReplacer {

	private final IHiddenRegion header;

	FileHeaderReplacer(IHiddenRegion header) {
		this.header = header;
	}

	@Override
	public ITextSegment getRegion() {
		return header;
	}

	@Override
	public ITextReplacerContext createReplacements(ITextReplacerContext context) {
		IHiddenRegionPart previous = null;
		for (IHiddenRegionPart part : header.getParts()) {
			if (part instanceof IWhitespace) {
				String layout = previous == null ? "" : lineBreaksAfter(previous, part, context);
				context.addReplacement(part.replaceWith(layout));
			}
			previous = part;
		}
		return context;
	}

	/** One or two line breaks after a comment, counting the one a {@code //} comment ends with. */
	private static String lineBreaksAfter(IHiddenRegionPart comment, IHiddenRegionPart whitespace,
			ITextReplacerContext context) {
		int ownBreaks = comment.getText().endsWith("\n") ? 1 : 0;
		int written = ownBreaks + whitespace.getLineCount() - 1;
		int wanted = Math.min(Math.max(written, 1), 2);
		return context.getNewLinesString(wanted - ownBreaks);
	}
}
