package dev.tinyforge.tflite.internal.schema;

/**
 * Members of schema union BuiltinOptions that the importer reads. A union's type code is the member's
 * position in the union declaration, counting from 1 (0 means none).
 */
public enum BuiltinOptionsType {

	CONV_2D_OPTIONS(1, "Conv2DOptions"),
	DEPTHWISE_CONV_2D_OPTIONS(2, "DepthwiseConv2DOptions"),
	POOL_2D_OPTIONS(5, "Pool2DOptions"),
	FULLY_CONNECTED_OPTIONS(8, "FullyConnectedOptions"),
	SOFTMAX_OPTIONS(9, "SoftmaxOptions"),
	ADD_OPTIONS(11, "AddOptions"),
	MUL_OPTIONS(21, "MulOptions"),
	REDUCER_OPTIONS(27, "ReducerOptions");

	/** The type code of an operator without options. */
	public static final int NONE = 0;

	private final int code;
	private final String tableName;

	BuiltinOptionsType(int code, String tableName) {
		this.code = code;
		this.tableName = tableName;
	}

	public int code() {
		return code;
	}

	public String tableName() {
		return tableName;
	}
}
