package dev.tinyforge.tflite;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

import com.google.flatbuffers.FlatBufferBuilder;

/**
 * Writes small .tflite files for tests with the FlatBuffers builder, field ids as in schema.fbs. It writes
 * whatever it is given, including indices out of range and shapes that contradict their data, so that tests
 * can build broken files as easily as good ones.
 */
final class TfliteModelWriter {

	// schema.fbs TensorType
	static final byte FLOAT32 = 0;
	static final byte FLOAT16 = 1;
	static final byte INT32 = 2;
	static final byte INT64 = 4;
	static final byte INT8 = 9;

	// field ids of Model.buffers and Buffer.offset
	private static final int MODEL_BUFFERS = 4;
	private static final int BUFFER_OFFSET = 1;

	private final List<Tensor> tensors = new ArrayList<>();
	private final List<Operator> operators = new ArrayList<>();
	private final List<Integer> builtinCodes = new ArrayList<>();
	private final List<String> customCodes = new ArrayList<>();
	private final List<byte[]> buffers = new ArrayList<>(List.of(new byte[0]));
	private final List<Integer> externalBuffers = new ArrayList<>();
	private int[] inputs = {};
	private int[] outputs = {};
	private int extraSubgraphs;

	/** A tensor without data; returns its index. */
	int tensor(String name, byte type, int... shape) {
		tensors.add(new Tensor(name, type, shape, 0));
		return tensors.size() - 1;
	}

	/** A tensor with its own buffer. */
	int constant(String name, byte type, byte[] data, int... shape) {
		buffers.add(data);
		tensors.add(new Tensor(name, type, shape, buffers.size() - 1));
		return tensors.size() - 1;
	}

	/**
	 * A tensor whose data follows the FlatBuffer, found through Buffer.offset and Buffer.size as in files
	 * written for models over 2 GB.
	 */
	int externalConstant(String name, byte type, byte[] data, int... shape) {
		int tensor = constant(name, type, data, shape);
		externalBuffers.add(buffers.size() - 1);
		return tensor;
	}

	int int8Constant(String name, int... shape) {
		int elements = 1;
		for (int dim : shape) {
			elements *= dim;
		}
		byte[] data = new byte[elements];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) (i * 7 + 1);
		}
		return constant(name, INT8, data, shape);
	}

	int int32Constant(String name, int[] values, int... shape) {
		ByteBuffer data = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (int value : values) {
			data.putInt(value);
		}
		return constant(name, INT32, data.array(), shape);
	}

	int int64Constant(String name, long[] values, int... shape) {
		ByteBuffer data = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
		for (long value : values) {
			data.putLong(value);
		}
		return constant(name, INT64, data.array(), shape);
	}

	TfliteModelWriter quantize(int tensor, float[] scales, long[] zeroPoints, int dimension) {
		Tensor t = tensors.get(tensor);
		t.scales = scales;
		t.zeroPoints = zeroPoints;
		t.quantizedDimension = dimension;
		return this;
	}

	/** Points the tensor at any buffer index, existing or not. */
	TfliteModelWriter buffer(int tensor, int buffer) {
		tensors.get(tensor).buffer = buffer;
		return this;
	}

	/** An operator without options; returns its index. */
	int operator(int builtinCode, int[] inputs, int[] outputs) {
		return operator(builtinCode, inputs, outputs, 0, null);
	}

	/**
	 * An operator whose options table ({@code optionsType}, a BuiltinOptions union code) the function writes
	 * with the builder and returns.
	 */
	int operator(int builtinCode, int[] inputs, int[] outputs, int optionsType,
			ToIntFunction<FlatBufferBuilder> options) {
		operators.add(new Operator(opcode(builtinCode, null), inputs, outputs, optionsType, options));
		return operators.size() - 1;
	}

	int customOperator(String name, int[] inputs, int[] outputs) {
		operators.add(new Operator(opcode(32, name), inputs, outputs, 0, null));
		return operators.size() - 1;
	}

	TfliteModelWriter inputs(int... tensors) {
		inputs = tensors;
		return this;
	}

	TfliteModelWriter outputs(int... tensors) {
		outputs = tensors;
		return this;
	}

	/** Empty subgraphs after subgraph 0, as control-flow operators would call. */
	TfliteModelWriter extraSubgraphs(int count) {
		extraSubgraphs = count;
		return this;
	}

	byte[] write() {
		FlatBufferBuilder b = new FlatBufferBuilder(1024);
		int[] bufferTables = new int[buffers.size()];
		for (int i = 0; i < bufferTables.length; i++) {
			bufferTables[i] = externalBuffers.contains(i) ? externalBuffer(b, buffers.get(i).length)
					: buffer(b, buffers.get(i));
		}
		int buffersVector = b.createVectorOfTables(bufferTables);
		int tensorsVector = b.createVectorOfTables(tensors.stream().mapToInt(t -> t.write(b)).toArray());
		int operatorsVector = b.createVectorOfTables(operators.stream().mapToInt(op -> op.write(b)).toArray());
		int[] subgraphs = new int[1 + extraSubgraphs];
		subgraphs[0] = subgraph(b, tensorsVector, operatorsVector, intVector(b, inputs), intVector(b, outputs));
		for (int i = 1; i < subgraphs.length; i++) {
			subgraphs[i] = subgraph(b, 0, 0, 0, 0);
		}
		int subgraphsVector = b.createVectorOfTables(subgraphs);
		int[] codes = new int[builtinCodes.size()];
		for (int i = 0; i < codes.length; i++) {
			int custom = customCodes.get(i) == null ? 0 : b.createString(customCodes.get(i));
			int code = builtinCodes.get(i);
			b.startTable(4);
			b.addByte(0, (byte) Math.min(code, 127), 0);
			b.addOffset(1, custom, 0);
			b.addInt(3, code, 0);
			codes[i] = b.endTable();
		}
		int codesVector = b.createVectorOfTables(codes);
		b.startTable(5);
		b.addInt(0, 3, 0);
		b.addOffset(1, codesVector, 0);
		b.addOffset(2, subgraphsVector, 0);
		b.addOffset(4, buffersVector, 0);
		b.finish(b.endTable(), "TFL3");
		return appendExternalData(b.sizedByteArray());
	}

	static int intVector(FlatBufferBuilder b, int[] values) {
		b.startVector(4, values.length, 4);
		for (int i = values.length - 1; i >= 0; i--) {
			b.addInt(values[i]);
		}
		return b.endVector();
	}

	private int opcode(int builtinCode, String customCode) {
		builtinCodes.add(builtinCode);
		customCodes.add(customCode);
		return builtinCodes.size() - 1;
	}

	private static int buffer(FlatBufferBuilder b, byte[] data) {
		int vector = data.length == 0 ? 0 : b.createByteVector(data);
		b.startTable(3);
		b.addOffset(0, vector, 0);
		return b.endTable();
	}

	/** An offset above 1 marks external data; the real one is only known once the FlatBuffer is written. */
	private static int externalBuffer(FlatBufferBuilder b, int size) {
		b.startTable(3);
		b.addLong(1, Long.MAX_VALUE, 0);
		b.addLong(2, size, 0);
		return b.endTable();
	}

	private byte[] appendExternalData(byte[] flatBuffer) {
		byte[] file = flatBuffer;
		for (int buffer : externalBuffers) {
			byte[] data = buffers.get(buffer);
			int offset = file.length;
			file = Arrays.copyOf(file, offset + data.length);
			System.arraycopy(data, 0, file, offset, data.length);
			FlatBufferPatch patch = new FlatBufferPatch(file);
			int table = patch.element(patch.child(patch.root(), MODEL_BUFFERS), buffer);
			patch.putLong(patch.field(table, BUFFER_OFFSET), offset);
		}
		return file;
	}

	private static int subgraph(FlatBufferBuilder b, int tensors, int operators, int inputs, int outputs) {
		b.startTable(5);
		b.addOffset(0, tensors, 0);
		b.addOffset(1, inputs, 0);
		b.addOffset(2, outputs, 0);
		b.addOffset(3, operators, 0);
		return b.endTable();
	}

	private static final class Tensor {

		private final String name;
		private final byte type;
		private final int[] shape;
		private int buffer;
		private float[] scales;
		private long[] zeroPoints;
		private int quantizedDimension;

		Tensor(String name, byte type, int[] shape, int buffer) {
			this.name = name;
			this.type = type;
			this.shape = shape;
			this.buffer = buffer;
		}

		int write(FlatBufferBuilder b) {
			int shapeVector = intVector(b, shape);
			int nameString = name == null ? 0 : b.createString(name);
			int quantization = scales == null ? 0 : quantization(b);
			b.startTable(7);
			b.addOffset(0, shapeVector, 0);
			b.addByte(1, type, 0);
			b.addInt(2, buffer, 0);
			b.addOffset(3, nameString, 0);
			b.addOffset(4, quantization, 0);
			return b.endTable();
		}

		private int quantization(FlatBufferBuilder b) {
			b.startVector(4, scales.length, 4);
			for (int i = scales.length - 1; i >= 0; i--) {
				b.addFloat(scales[i]);
			}
			int scaleVector = b.endVector();
			b.startVector(8, zeroPoints.length, 8);
			for (int i = zeroPoints.length - 1; i >= 0; i--) {
				b.addLong(zeroPoints[i]);
			}
			int zeroPointVector = b.endVector();
			b.startTable(7);
			b.addOffset(2, scaleVector, 0);
			b.addOffset(3, zeroPointVector, 0);
			b.addInt(6, quantizedDimension, 0);
			return b.endTable();
		}
	}

	private record Operator(int opcodeIndex, int[] inputs, int[] outputs, int optionsType,
			ToIntFunction<FlatBufferBuilder> options) {

		int write(FlatBufferBuilder b) {
			int inputVector = intVector(b, inputs);
			int outputVector = intVector(b, outputs);
			int optionsTable = options == null ? 0 : options.applyAsInt(b);
			b.startTable(5);
			b.addInt(0, opcodeIndex, 0);
			b.addOffset(1, inputVector, 0);
			b.addOffset(2, outputVector, 0);
			b.addByte(3, (byte) optionsType, 0);
			b.addOffset(4, optionsTable, 0);
			return b.endTable();
		}
	}
}
