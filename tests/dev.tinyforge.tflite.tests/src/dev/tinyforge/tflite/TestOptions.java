package dev.tinyforge.tflite;

import java.util.function.ToIntFunction;

import com.google.flatbuffers.FlatBufferBuilder;

/** Builtin operator codes, options union codes and options tables for {@link TfliteModelWriter}, from schema.fbs. */
final class TestOptions {

	// BuiltinOperator
	static final int ADD = 0;
	static final int AVERAGE_POOL_2D = 1;
	static final int CONV_2D = 3;
	static final int DEPTHWISE_CONV_2D = 4;
	static final int DEQUANTIZE = 6;
	static final int FULLY_CONNECTED = 9;
	static final int LOGISTIC = 14;
	static final int MAX_POOL_2D = 17;
	static final int MUL = 18;
	static final int RESHAPE = 22;
	static final int SOFTMAX = 25;
	static final int TANH = 28;
	static final int PAD = 34;
	static final int TRANSPOSE = 39;
	static final int MEAN = 40;
	static final int QUANTIZE = 114;
	static final int WHILE = 119;
	static final int GELU = 150;

	// BuiltinOptions union codes
	static final int CONV_2D_OPTIONS = 1;
	static final int DEPTHWISE_CONV_2D_OPTIONS = 2;
	static final int POOL_2D_OPTIONS = 5;
	static final int FULLY_CONNECTED_OPTIONS = 8;
	static final int SOFTMAX_OPTIONS = 9;
	static final int ADD_OPTIONS = 11;
	static final int MUL_OPTIONS = 21;
	static final int REDUCER_OPTIONS = 27;

	// Padding, ActivationFunctionType
	static final byte SAME = 0;
	static final byte VALID = 1;
	static final byte NONE = 0;
	static final byte RELU = 1;
	static final byte RELU_N1_TO_1 = 2;
	static final byte RELU6 = 3;
	static final byte ACTIVATION_TANH = 4;

	private TestOptions() {
	}

	static ToIntFunction<FlatBufferBuilder> conv2D(byte padding, int strideW, int strideH, byte activation,
			int dilationW, int dilationH) {
		return b -> {
			b.startTable(6);
			b.addByte(0, padding, 0);
			b.addInt(1, strideW, 0);
			b.addInt(2, strideH, 0);
			b.addByte(3, activation, 0);
			b.addInt(4, dilationW, 1);
			b.addInt(5, dilationH, 1);
			return b.endTable();
		};
	}

	static ToIntFunction<FlatBufferBuilder> depthwiseConv2D(byte padding, int stride, int depthMultiplier,
			byte activation) {
		return b -> {
			b.startTable(7);
			b.addByte(0, padding, 0);
			b.addInt(1, stride, 0);
			b.addInt(2, stride, 0);
			b.addInt(3, depthMultiplier, 0);
			b.addByte(4, activation, 0);
			return b.endTable();
		};
	}

	static ToIntFunction<FlatBufferBuilder> pool2D(byte padding, int strideW, int strideH, int filterW, int filterH,
			byte activation) {
		return b -> {
			b.startTable(6);
			b.addByte(0, padding, 0);
			b.addInt(1, strideW, 0);
			b.addInt(2, strideH, 0);
			b.addInt(3, filterW, 0);
			b.addInt(4, filterH, 0);
			b.addByte(5, activation, 0);
			return b.endTable();
		};
	}

	static ToIntFunction<FlatBufferBuilder> fullyConnected(byte activation, byte weightsFormat, boolean keepNumDims) {
		return b -> {
			b.startTable(3);
			b.addByte(0, activation, 0);
			b.addByte(1, weightsFormat, 0);
			b.addBoolean(2, keepNumDims, false);
			return b.endTable();
		};
	}

	static ToIntFunction<FlatBufferBuilder> softmax(float beta) {
		return b -> {
			b.startTable(1);
			b.addFloat(0, beta, 0);
			return b.endTable();
		};
	}

	/** AddOptions and MulOptions both start with the fused activation. */
	static ToIntFunction<FlatBufferBuilder> activationOnly(byte activation) {
		return b -> {
			b.startTable(1);
			b.addByte(0, activation, 0);
			return b.endTable();
		};
	}

	static ToIntFunction<FlatBufferBuilder> reducer(boolean keepDims) {
		return b -> {
			b.startTable(1);
			b.addBoolean(0, keepDims, false);
			return b.endTable();
		};
	}
}
