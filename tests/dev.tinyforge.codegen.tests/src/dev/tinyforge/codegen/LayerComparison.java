package dev.tinyforge.codegen;

import java.util.List;

/** Compares generated code's layer outputs with the reference interpreter's and names the first difference. */
final class LayerComparison {

	private LayerComparison() {
	}

	/**
	 * @param actual   the bytes of every layer whose whole output the code holds, back to back, from {@code offset}
	 * @param expected each layer's bytes
	 * @return the offset after the last layer
	 */
	static int assertLayersEqual(String what, List<LayerReport> layers, byte[] actual, int offset,
			List<byte[]> expected) {
		for (int layer = 0; layer < expected.size(); layer++) {
			if (!layers.get(layer).outputWhole()) {
				continue; // a patch-phase layer before the split: the callback never sees its whole output
			}
			byte[] reference = expected.get(layer);
			if (offset + reference.length > actual.length) {
				throw new AssertionError(what + ": the generated code wrote no output for layer " + layer);
			}
			for (int i = 0; i < reference.length; i++) {
				if (actual[offset + i] != reference[i]) {
					LayerReport report = layers.get(layer);
					throw new AssertionError(what + ": layer " + layer + " (" + report.op() + " '" + report.name()
							+ "', kernel " + report.kernel() + ") first differs at byte " + i + " of "
							+ reference.length + ": generated " + actual[offset + i] + ", reference " + reference[i]);
				}
			}
			offset += reference.length;
		}
		return offset;
	}
}
