package dev.tinyforge.codegen.emit;

import dev.tinyforge.reference.arithmetic.ActivationRange;

/** An int8 output's zero point and clamp range, baked into a kernel as constants. */
record OutputRange(int zeroPoint, int min, int max) {

	static OutputRange of(AccumulatorStage stage) {
		return new OutputRange(stage.outputZeroPoint, stage.range.min(), stage.range.max());
	}

	static OutputRange of(int zeroPoint, ActivationRange range) {
		return new OutputRange(zeroPoint, range.min(), range.max());
	}

	/** The C expression requantizing accumulator {@code acc} of output channel {@code channel}. */
	String requantize(String acc, String channel) {
		return AccumulatorStage.requantize(acc, channel, zeroPoint, min, max);
	}
}
