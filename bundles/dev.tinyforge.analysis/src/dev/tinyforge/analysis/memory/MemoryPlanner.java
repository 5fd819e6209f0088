package dev.tinyforge.analysis.memory;

/**
 * Places buffers in one SRAM arena so that buffers live at a common step never share an address.
 * Implementations may keep work arrays between calls; an instance is then owned by one thread.
 */
public interface MemoryPlanner {

	/** Word alignment, what CMSIS-NN kernels expect of their buffers. */
	int DEFAULT_ALIGNMENT = 4;

	/**
	 * Writes the arena offset of every buffer {@code b} of {@code buffers} to {@code offsets[b]} and
	 * returns the arena size: the end of the highest placed buffer, the size the generated code
	 * must declare. Each buffer takes its size rounded up to a multiple of {@link #alignment()}.
	 *
	 * @param offsets receives the offsets; at least {@code buffers.count()} long
	 */
	long plan(BufferSet buffers, long[] offsets);

	/** What every offset and every displacement inside a buffer group must be a multiple of. */
	default int alignment() {
		return 1;
	}
}
