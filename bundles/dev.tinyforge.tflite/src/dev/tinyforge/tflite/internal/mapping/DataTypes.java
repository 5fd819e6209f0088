package dev.tinyforge.tflite.internal.mapping;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.tflite.internal.schema.TensorType;

/** The IR data type of a schema TensorType. */
final class DataTypes {

	private DataTypes() {
	}

	/** Null for the TFLite types the IR does not have (FLOAT16, STRING, INT4, ...). */
	static DataType of(byte tensorType) {
		switch (tensorType) {
		case TensorType.INT8:
			return DataType.INT8;
		case TensorType.UINT8:
			return DataType.UINT8;
		case TensorType.INT16:
			return DataType.INT16;
		case TensorType.INT32:
			return DataType.INT32;
		case TensorType.INT64:
			return DataType.INT64;
		case TensorType.FLOAT32:
			return DataType.FLOAT32;
		case TensorType.BOOL:
			return DataType.BOOL;
		default:
			return null;
		}
	}
}
