package dev.tinyforge.analysis.patch;

/** A half-open range {@code [start, end)} of rows or columns of a feature map. */
public record Span(int start, int end) {

	public Span {
		if (end < start) {
			throw new IllegalArgumentException("span [" + start + ", " + end + ") ends before it starts");
		}
	}

	public int length() {
		return end - start;
	}

	/** This span cut to {@code [0, size)}. */
	public Span clip(int size) {
		int from = Math.min(Math.max(start, 0), size);
		return new Span(from, Math.max(from, Math.min(end, size)));
	}
}
