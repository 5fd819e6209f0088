package dev.tinyforge.dsl.analysis;

/**
 * One operator of an analysed network as the editor shows it: its costs and what is live in SRAM while it runs,
 * split into parts that add up to {@link #liveBytes()}.
 *
 * @param step the operator's index in execution order
 * @param name the operator's name
 * @param layer the DSL layer the operator came from
 * @param output the output shape without the batch dimension, e.g. {@code 48x48x8}
 * @param inputBytes the operator's non-constant inputs
 * @param outputBytes its output, less what shares an input's buffer in place
 * @param scratchBytes its scratch buffer
 * @param otherLiveBytes tensors kept for later operators
 * @param weightBytes its constant inputs (Flash)
 * @param peak whether this is the step with the most live bytes (the first one on ties)
 */
public record OperatorStep(int step, String name, String layer, String output, long macs, long inputBytes,
		long outputBytes, long scratchBytes, long otherLiveBytes, long weightBytes, boolean peak) {

	public long liveBytes() {
		return inputBytes + outputBytes + scratchBytes + otherLiveBytes;
	}
}
