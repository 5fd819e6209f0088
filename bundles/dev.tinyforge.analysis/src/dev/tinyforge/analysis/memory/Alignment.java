package dev.tinyforge.analysis.memory;

/** Buffer sizes rounded up to the planners' alignment, so that every offset is a multiple of it. */
final class Alignment {

	private Alignment() {
	}

	/** @throws IllegalArgumentException unless at least 1 byte */
	static int checked(int alignment) {
		if (alignment < 1) {
			throw new IllegalArgumentException("planner alignment must be at least 1 byte, got " + alignment);
		}
		return alignment;
	}

	static long up(long size, int alignment) {
		long remainder = size % alignment;
		return remainder == 0 ? size : size + (alignment - remainder);
	}

	/** Fills {@code aligned[0..count)} with the aligned sizes of the buffers. */
	static void sizes(BufferSet buffers, int alignment, long[] aligned) {
		for (int b = 0; b < buffers.count(); b++) {
			aligned[b] = up(buffers.size(b), alignment);
		}
	}

	/** @throws IllegalArgumentException if the offsets array cannot take every buffer */
	static void checkRoom(BufferSet buffers, long[] offsets) {
		if (offsets.length < buffers.count()) {
			throw new IllegalArgumentException(
					"offsets array holds " + offsets.length + " of " + buffers.count() + " buffers");
		}
	}
}
