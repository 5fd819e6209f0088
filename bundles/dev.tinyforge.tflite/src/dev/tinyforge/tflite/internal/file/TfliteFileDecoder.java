package dev.tinyforge.tflite.internal.file;

import java.util.function.IntFunction;

import dev.tinyforge.tflite.internal.flatbuffer.FlatBuffer;
import dev.tinyforge.tflite.internal.flatbuffer.MalformedFlatBufferException;
import dev.tinyforge.tflite.internal.flatbuffer.Span;
import dev.tinyforge.tflite.internal.flatbuffer.TableVector;
import dev.tinyforge.tflite.internal.schema.BufferTable;
import dev.tinyforge.tflite.internal.schema.ModelTable;
import dev.tinyforge.tflite.internal.schema.OperatorCodeTable;
import dev.tinyforge.tflite.internal.schema.OperatorTable;
import dev.tinyforge.tflite.internal.schema.QuantizationTable;
import dev.tinyforge.tflite.internal.schema.SubGraphTable;
import dev.tinyforge.tflite.internal.schema.TensorTable;

/**
 * Reads the FlatBuffer into {@link TfliteFile} records. A fault in one operator code, buffer, tensor or
 * operator is reported and leaves a null in its place, so one exception lists every broken element; a fault
 * in the model or subgraph tables themselves, or an exhausted work budget, ends decoding.
 */
public final class TfliteFileDecoder {

	private final FlatBuffer bytes;
	private final Problems problems;

	private TfliteFileDecoder(FlatBuffer bytes, Problems problems) {
		this.bytes = bytes;
		this.problems = problems;
	}

	/** The decoded file, or null if it is too broken to go on (the problems say why). */
	public static TfliteFile decode(byte[] file, Problems problems) {
		return new TfliteFileDecoder(new FlatBuffer(file), problems).decode();
	}

	private TfliteFile decode() {
		try {
			ModelTable model = ModelTable.root(bytes);
			if (model.version() != ModelTable.SCHEMA_VERSION) {
				problems.atByte(model.position(), "TFLite schema version " + model.version() + ", this importer reads "
						+ ModelTable.SCHEMA_VERSION);
				return null;
			}
			TableVector subgraphs = model.subgraphs();
			if (subgraphs.size() == 0) {
				problems.atByte(model.position(), "the model has no subgraphs");
				return null;
			}
			SubGraphTable main = new SubGraphTable(bytes, subgraphs.tablePosition(0));
			TfliteOperatorCode[] codes = each(model.operatorCodes(), "operator code", TfliteOperatorCode[]::new,
					(index, position) -> operatorCode(position));
			Span[] buffers = each(model.buffers(), "buffer", Span[]::new,
					(index, position) -> new BufferTable(bytes, position).data());
			TfliteTensor[] tensors = each(main.tensors(), "tensor", TfliteTensor[]::new, this::tensor);
			TfliteOperator[] operators = each(main.operators(), "operator", TfliteOperator[]::new, this::operator);
			return new TfliteFile(bytes, subgraphs.size(), codes, buffers, tensors, main.inputs(), main.outputs(),
					operators);
		} catch (MalformedFlatBufferException e) {
			problems.atByte(e.offset(), e.getMessage());
			return null;
		}
	}

	private TfliteOperatorCode operatorCode(int position) {
		OperatorCodeTable table = new OperatorCodeTable(bytes, position);
		return new TfliteOperatorCode(table.builtinCode(), table.customCode());
	}

	private TfliteTensor tensor(int index, int position) {
		TensorTable table = new TensorTable(bytes, position);
		String name = table.name();
		QuantizationTable quantization = table.quantization();
		return new TfliteTensor(index, name == null || name.isEmpty() ? "tensor" + index : name,
				table.shape(), table.type(), table.buffer(),
				new TfliteQuantization(quantization.scale(), quantization.zeroPoint(),
						quantization.quantizedDimension(), quantization.hasDetails()),
				table.isVariable(), table.isSparse());
	}

	private TfliteOperator operator(int index, int position) {
		OperatorTable table = new OperatorTable(bytes, position);
		return new TfliteOperator(index, table.opcodeIndex(), table.inputs(), table.outputs(),
				table.builtinOptionsType(), table.builtinOptions());
	}

	/** Decodes every element, reporting a broken one and going on, unless the work budget is spent. */
	private <T> T[] each(TableVector vector, String element, IntFunction<T[]> arrays, ElementDecoder<T> decoder) {
		T[] decoded = arrays.apply(vector.size());
		for (int i = 0; i < decoded.length; i++) {
			try {
				decoded[i] = decoder.decode(i, vector.tablePosition(i));
			} catch (MalformedFlatBufferException e) {
				if (bytes.isExhausted()) {
					throw e;
				}
				problems.atByte(e.offset(), element + " " + i + ": " + e.getMessage());
			}
		}
		return decoded;
	}

	@FunctionalInterface
	private interface ElementDecoder<T> {

		T decode(int index, int position);
	}
}
