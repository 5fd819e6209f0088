package dev.tinyforge.tflite.internal.file;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one file, each a line that starts with its place. A corrupted file can have a
 * problem in each of thousands of elements; past {@value #MAX_LISTED} only the count grows.
 */
public final class Problems {

	private static final int MAX_LISTED = 1000;

	private final List<String> listed = new ArrayList<>();
	private int unlisted;

	/** A problem at a named place: {@code tensor 5 'conv/weights'}, {@code operator 3 (CONV_2D, ...)}. */
	public void add(String place, String what) {
		record(place + ": " + what);
	}

	/** A structural problem at a byte of the file. */
	public void atByte(int offset, String what) {
		record("byte " + offset + ": " + what);
	}

	public boolean isEmpty() {
		return listed.isEmpty();
	}

	public List<String> list() {
		List<String> all = new ArrayList<>(listed);
		if (unlisted > 0) {
			all.add("... and " + unlisted + " more problems");
		}
		return all;
	}

	private void record(String problem) {
		if (listed.size() < MAX_LISTED) {
			listed.add(problem);
		} else {
			unlisted++;
		}
	}
}
