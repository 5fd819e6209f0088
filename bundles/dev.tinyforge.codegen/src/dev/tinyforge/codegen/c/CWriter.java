package dev.tinyforge.codegen.c;

/**
 * Builds C source line by line with tab indentation: a line ending in an opening brace indents the lines after
 * it, a line starting with a closing brace is dedented. Preprocessor lines stay in the first column.
 */
public final class CWriter {

	private final StringBuilder text = new StringBuilder();
	private int depth;

	/** One line; {@code args}, if any, are applied with {@link String#format}. */
	public CWriter line(String line, Object... args) {
		String formatted = args.length == 0 ? line : String.format(line, args);
		if (formatted.startsWith("}")) {
			depth--;
		}
		if (!formatted.isEmpty()) {
			text.append(formatted.startsWith("#") ? "" : "\t".repeat(depth)).append(formatted);
		}
		text.append('\n');
		if (formatted.endsWith("{")) {
			depth++;
		}
		return this;
	}

	/** Several lines at once, each as {@link #line(String, Object...)} would write it. */
	public CWriter lines(String block) {
		block.lines().forEach(line -> line(line.strip()));
		return this;
	}

	public CWriter blank() {
		text.append('\n');
		return this;
	}

	@Override
	public String toString() {
		return text.toString();
	}
}
