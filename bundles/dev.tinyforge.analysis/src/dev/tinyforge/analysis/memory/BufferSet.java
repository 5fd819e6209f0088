package dev.tinyforge.analysis.memory;

import java.util.Arrays;
import java.util.Objects;

/**
 * Buffers to place in the arena, each a size and an inclusive range of operator steps during which
 * it is live. Buffer ids are dense and handed out in {@link #add} order. {@link #clear()} keeps the
 * grown arrays, so one set serves many plans without allocating. Not thread-safe.
 * <p>
 * Buffers come in rigid groups: a buffer lies a fixed displacement above the base of its group, wherever the
 * planner puts the group. A tensor whose footprint changes over its in-place chain (an operator writing a
 * smaller output over its input, or its input into the end of its output) is one group of buffers, one per
 * run of steps with the same footprint, so memory its chain no longer needs is free for others. Most
 * buffers are a group of their own, at displacement 0.
 */
public final class BufferSet {

	private long[] sizes = new long[64];
	private int[] firstSteps = new int[64];
	private int[] lastSteps = new int[64];
	private int[] groups = new int[64]; // the group's first buffer
	private long[] displacements = new long[64];
	private int count;

	public void clear() {
		count = 0;
	}

	/**
	 * Adds a buffer of {@code size} bytes live from step {@code firstStep} to {@code lastStep} inclusive, in a
	 * group of its own.
	 */
	public int add(long size, int firstStep, int lastStep) {
		return add(size, firstStep, lastStep, -1, 0);
	}

	/**
	 * As {@link #add(long, int, int)}, {@code displacement} bytes above the base of the group of buffer
	 * {@code groupOf}, or of a new group if {@code groupOf} is -1.
	 */
	public int add(long size, int firstStep, int lastStep, int groupOf, long displacement) {
		if (groupOf < -1 || groupOf >= count || displacement < 0) {
			throw new IllegalArgumentException("buffer #" + count + ": group of buffer " + groupOf + " of " + count
					+ " and displacement " + displacement + " must name an added buffer (or -1) and not be negative");
		}
		if (size < 0 || firstStep < 0 || lastStep < firstStep) {
			throw new IllegalArgumentException("buffer #" + count + ": size " + size + " must not be negative and"
					+ " steps " + firstStep + ".." + lastStep + " must form a non-empty range from step 0 on");
		}
		if (count == sizes.length) {
			int capacity = count * 2;
			sizes = Arrays.copyOf(sizes, capacity);
			firstSteps = Arrays.copyOf(firstSteps, capacity);
			lastSteps = Arrays.copyOf(lastSteps, capacity);
			groups = Arrays.copyOf(groups, capacity);
			displacements = Arrays.copyOf(displacements, capacity);
		}
		sizes[count] = size;
		firstSteps[count] = firstStep;
		lastSteps[count] = lastStep;
		groups[count] = groupOf < 0 ? count : groups[groupOf];
		displacements[count] = displacement;
		return count++;
	}

	public int count() {
		return count;
	}

	public long size(int buffer) {
		return sizes[Objects.checkIndex(buffer, count)];
	}

	public int firstStep(int buffer) {
		return firstSteps[Objects.checkIndex(buffer, count)];
	}

	public int lastStep(int buffer) {
		return lastSteps[Objects.checkIndex(buffer, count)];
	}

	/** The group of the buffer: the id of the group's first buffer. */
	public int group(int buffer) {
		return groups[Objects.checkIndex(buffer, count)];
	}

	/** Bytes from the base of the buffer's group to the buffer. */
	public long displacement(int buffer) {
		return displacements[Objects.checkIndex(buffer, count)];
	}

	/** Whether the two buffers are live at a common step, so they must not share addresses. */
	public boolean liveTogether(int a, int b) {
		return firstStep(a) <= lastStep(b) && firstStep(b) <= lastStep(a);
	}

	/** One more than the last step any buffer is live, 0 without buffers. */
	public int stepCount() {
		int steps = 0;
		for (int b = 0; b < count; b++) {
			steps = Math.max(steps, lastSteps[b] + 1);
		}
		return steps;
	}

	/**
	 * Fills {@code perStep[0..stepCount)} with the bytes live at each step: the sum of the sizes of
	 * the buffers live then.
	 *
	 * @throws IllegalArgumentException if a buffer lives past {@code stepCount - 1} or the array is too short
	 */
	public void liveBytesPerStep(long[] perStep, int stepCount) {
		liveBytesPerStep(perStep, stepCount, 1);
	}

	/** As {@link #liveBytesPerStep(long[], int)}, each size rounded up to a multiple of {@code alignment}. */
	public void liveBytesPerStep(long[] perStep, int stepCount, int alignment) {
		Alignment.checked(alignment);
		if (perStep.length < stepCount) {
			throw new IllegalArgumentException(
					"live bytes array holds " + perStep.length + " of " + stepCount + " steps");
		}
		Arrays.fill(perStep, 0, stepCount, 0L);
		// difference array: +size where a buffer starts, -size after it ends, then a running sum
		for (int b = 0; b < count; b++) {
			if (lastSteps[b] >= stepCount) {
				throw new IllegalArgumentException("buffer #" + b + " lives until step " + lastSteps[b] + " of only "
						+ stepCount + " steps");
			}
			long size = Alignment.up(sizes[b], alignment);
			perStep[firstSteps[b]] += size;
			if (lastSteps[b] + 1 < stepCount) {
				perStep[lastSteps[b] + 1] -= size;
			}
		}
		for (int step = 1; step < stepCount; step++) {
			perStep[step] += perStep[step - 1];
		}
	}
}
