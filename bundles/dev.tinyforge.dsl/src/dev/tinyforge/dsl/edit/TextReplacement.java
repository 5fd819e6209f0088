package dev.tinyforge.dsl.edit;

/** Replace {@code length} characters at {@code offset} with {@code text}. */
public record TextReplacement(int offset, int length, String text) {

	/** Applies replacements that do not overlap, in any order, to {@code source}. */
	public static String apply(String source, java.util.List<TextReplacement> replacements) {
		StringBuilder result = new StringBuilder(source);
		replacements.stream().sorted(java.util.Comparator.comparingInt(TextReplacement::offset).reversed())
				.forEach(r -> result.replace(r.offset(), r.offset() + r.length(), r.text()));
		return result.toString();
	}
}
