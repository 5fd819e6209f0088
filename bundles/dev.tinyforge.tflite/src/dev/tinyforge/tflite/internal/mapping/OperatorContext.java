package dev.tinyforge.tflite.internal.mapping;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.stream.IntStream;

import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;
import dev.tinyforge.tflite.internal.file.Places;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteOperator;
import dev.tinyforge.tflite.internal.file.TfliteTensor;
import dev.tinyforge.tflite.internal.flatbuffer.CheckedTable;
import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.schema.BuiltinOptionsType;

/**
 * What a mapper sees of one operator: its operands, its options table, the values of constant parameter
 * tensors, and problem reporting under the operator's name. Tensor indices are known to be in range.
 */
final class OperatorContext {

	private final TfliteFile file;
	private final TfliteOperator operator;
	private final IrTensors tensors;
	private final Problems problems;

	OperatorContext(TfliteFile file, TfliteOperator operator, IrTensors tensors, Problems problems) {
		this.file = file;
		this.operator = operator;
		this.tensors = tensors;
		this.problems = problems;
	}

	/** Reports why the operator cannot be imported. */
	void problem(String what) {
		problems.add(Places.operator(file, operator), what);
	}

	/**
	 * Checks for {@code required} inputs, then up to {@code optional} more that may be left out, and one
	 * output; reports and returns false otherwise.
	 */
	boolean hasOperands(int required, int optional) {
		int[] inputs = operator.inputs();
		if (inputs.length < required || inputs.length > required + optional) {
			problem("has " + inputs.length + " inputs, needs "
					+ (optional == 0 ? required : required + " to " + (required + optional)));
			return false;
		}
		for (int k = 0; k < required; k++) {
			if (inputs[k] == TfliteOperator.NO_TENSOR) {
				problem("input " + k + " is required but left out");
				return false;
			}
		}
		if (operator.outputs().length != 1) {
			problem("has " + operator.outputs().length + " outputs, needs 1");
			return false;
		}
		return true;
	}

	/** Checks the rank of input {@code k}; reports and returns false otherwise. */
	boolean inputHasRank(int k, int rank) {
		return hasRank("input " + k, operator.inputs()[k], rank);
	}

	boolean outputHasRank(int rank) {
		return hasRank("output", operator.outputs()[0], rank);
	}

	/**
	 * Adds the first {@code inputs} inputs that are present, and the output, to {@code op}. An input that a
	 * transpose left in another axis order is reported: this operator needs the file's. So is an input read twice
	 * (x * x): EMF keeps a tensor once in {@code Operator.inputs}, so the operator would silently lose an operand.
	 */
	void connect(Operator op, int inputs) {
		for (int k = 0; k < inputs && k < operator.inputs().length; k++) {
			int index = operator.inputs()[k];
			if (index == TfliteOperator.NO_TENSOR) {
				continue;
			}
			Layout layout = tensors.layout(index);
			if (layout != null) {
				problem("unsupported: reads " + Places.tensor(file, index) + " in the axis order from before "
						+ layout.origin() + "; the IR has no transpose, and only MEAN can read a tensor whose data a"
						+ " transpose moves");
			}
			Tensor tensor = tensors.get(index);
			if (op.getInputs().contains(tensor)) {
				problem("unsupported: reads tensor " + Places.tensorReference(file, index)
						+ " twice; TinyForge's IR cannot express that yet");
			}
			op.getInputs().add(tensor);
		}
		op.getOutputs().add(tensors.get(operator.outputs()[0]));
	}

	/** Adds input 0, in whatever axis order the IR holds it ({@link #inputLayout()}), and the output. */
	void connectInAnyLayout(Operator op) {
		op.getInputs().add(tensors.get(operator.inputs()[0]));
		op.getOutputs().add(tensors.get(operator.outputs()[0]));
	}

	/** How the IR holds input 0: the file's layout, or the one a transpose left it in. */
	Layout inputLayout() {
		int index = operator.inputs()[0];
		Layout layout = tensors.layout(index);
		if (layout != null) {
			return layout;
		}
		int[] shape = inputShape(0);
		return new Layout(shape, IntStream.range(0, shape.length).toArray(), null);
	}

	/** Sets how the IR holds the output, which must have been connected; nothing if it is the file's order. */
	void setOutputLayout(Layout layout) {
		if (!layout.keepsFileOrder()) {
			tensors.relayout(operator.outputs()[0], layout);
		}
	}

	/** {@code operator 12 (TRANSPOSE)}: what the operator is called in IR origins and layout messages. */
	String origin() {
		return "operator " + operator.index() + " (" + Places.operatorName(file, operator) + ")";
	}

	int[] inputShape(int k) {
		return file.tensors()[operator.inputs()[k]].shape();
	}

	int[] outputShape() {
		return file.tensors()[operator.outputs()[0]].shape();
	}

	/**
	 * The operator's options, read through {@code accessor}; when the file leaves them out, an absent table
	 * that answers the schema defaults. Options of another type are reported (and defaults answered).
	 */
	<T extends CheckedTable> T options(BuiltinOptionsType type, OptionsAccessor<T> accessor) {
		int found = operator.optionsType();
		if (found == type.code()) {
			return accessor.at(file.bytes(), operator.optionsPosition());
		}
		if (found != BuiltinOptionsType.NONE) {
			problem("has builtin options of type " + found + ", expected " + type.tableName() + " (" + type.code() + ")");
		}
		return accessor.at(file.bytes(), CheckedTable.ABSENT);
	}

	/**
	 * The values of input {@code k}, a constant INT32 or INT64 tensor that the operator takes as a parameter
	 * (its {@code role}, for messages); null after reporting if it is not one or a value exceeds int.
	 */
	int[] constantInts(int k, String role) {
		TfliteTensor tensor = file.tensors()[operator.inputs()[k]];
		String what = role + " " + Places.tensor(file, tensor.index());
		DataType type = DataTypes.of(tensor.type());
		if (type != DataType.INT32 && type != DataType.INT64) {
			problem(what + " has type " + tensor.typeName() + ", expected INT32 or INT64");
			return null;
		}
		if (file.data(tensor).isEmpty()) {
			problem(what + " must be a constant");
			return null;
		}
		byte[] data = ConstantData.copy(file, tensor, type, problems);
		return data == null ? null : ints(data, type, what);
	}

	private int[] ints(byte[] data, DataType type, String what) {
		ByteBuffer values = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int[] ints = new int[data.length / (type == DataType.INT32 ? Integer.BYTES : Long.BYTES)];
		for (int i = 0; i < ints.length; i++) {
			long value = type == DataType.INT32 ? values.getInt() : values.getLong();
			if (value != (int) value) {
				problem(what + " holds " + value + ", outside the int range");
				return null;
			}
			ints[i] = (int) value;
		}
		return ints;
	}

	private boolean hasRank(String role, int index, int rank) {
		int[] shape = file.tensors()[index].shape();
		if (shape.length != rank) {
			problem(role + ", " + Places.tensor(file, index) + ", needs rank " + rank + ", has shape "
					+ Places.values(shape));
			return false;
		}
		return true;
	}

	/** Reads an options table of one type; the accessors' constructors are instances. */
	@FunctionalInterface
	interface OptionsAccessor<T extends CheckedTable> {

		T at(FlatBuffer file, int position);
	}
}
