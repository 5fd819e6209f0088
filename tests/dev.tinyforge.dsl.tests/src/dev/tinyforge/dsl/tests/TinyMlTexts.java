package dev.tinyforge.dsl.tests;

/** Small .tinyml fixtures shared by the tests. */
final class TinyMlTexts {

	static final String BOARD = """
			device board {
				core cortex-m7
				clock 216 MHz
				features dsp, fpu
				flash 1 MB reserve 128 KB
				sram 320 KB reserve 64 KB
			}
			""";

	private TinyMlTexts() {
	}

	/** A network {@code net} on a 32x32x3 input with the given layers. */
	static String network(String layers) {
		return "network net {\n\tinput image 32x32x3 int8\n" + layers + "\n}\n";
	}
}
