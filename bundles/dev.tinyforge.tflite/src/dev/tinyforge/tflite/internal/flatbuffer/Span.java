package dev.tinyforge.tflite.internal.flatbuffer;

/** A run of {@code count} elements starting at byte {@code start} of the file, already checked to fit. */
public record Span(int start, int count) {

	public static final Span EMPTY = new Span(0, 0);

	public boolean isEmpty() {
		return count == 0;
	}
}
