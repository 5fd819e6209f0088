package dev.tinyforge.dsl.lowering;

/** Parses the {@code 96x96x3} / {@code 3x3} / {@code 7} notation of shapes and kernels. */
public final class ShapeText {

	private ShapeText() {
	}

	/** The dimensions, or null if the text is not positive integers joined by 'x'. */
	public static int[] parse(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		String[] parts = text.split("x", -1);
		int[] dims = new int[parts.length];
		for (int i = 0; i < parts.length; i++) {
			try {
				dims[i] = Integer.parseInt(parts[i]);
			} catch (NumberFormatException e) {
				return null;
			}
			if (dims[i] <= 0) {
				return null;
			}
		}
		return dims;
	}
}
