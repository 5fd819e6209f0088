package dev.tinyforge.codegen.program;

/** C string literals and comments from arbitrary names. */
final class CStrings {

	private CStrings() {
	}

	static String literal(String text) {
		StringBuilder literal = new StringBuilder("\"");
		for (char ch : text.toCharArray()) {
			if (ch == '"' || ch == '\\') {
				literal.append('\\').append(ch);
			} else if (ch < 0x20 || ch > 0x7e) {
				literal.append(String.format("\\%03o", (int) ch & 0xff));
			} else {
				literal.append(ch);
			}
		}
		return literal.append('"').toString();
	}

	/** Text safe inside a block comment. */
	static String comment(String text) {
		return text.replace("*/", "* /").replaceAll("[\\r\\n]", " ");
	}
}
