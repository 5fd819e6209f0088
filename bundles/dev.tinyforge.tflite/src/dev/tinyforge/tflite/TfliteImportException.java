package dev.tinyforge.tflite;

import java.util.List;

/**
 * Why a .tflite file could not be imported: every problem found, each one line that starts with its place,
 * e.g. {@code operator 12 (TRANSPOSE, inputs 'a', 'b' -> 'c'): ...} or {@code byte 1234: ...}.
 */
public class TfliteImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> problems;

	public TfliteImportException(String sourceName, List<String> problems) {
		super("Cannot import " + sourceName + ":\n" + String.join("\n", problems));
		this.problems = List.copyOf(problems);
	}

	/** The problems, one line each, in the order they were found. */
	public List<String> problems() {
		return problems;
	}
}
