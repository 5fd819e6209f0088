package dev.tinyforge.tflite;

import static dev.tinyforge.tflite.TestOptions.*;
import static dev.tinyforge.tflite.TfliteModelWriter.INT8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.flatbuffers.FlatBufferBuilder;

/** Broken files: one exception that names the byte or the element and what is wrong with it. */
class MalformedFilesTest {

	// field ids from schema.fbs
	private static final int MODEL_VERSION = 0;
	private static final int MODEL_SUBGRAPHS = 2;
	private static final int MODEL_BUFFERS = 4;
	private static final int SUBGRAPH_TENSORS = 0;
	private static final int SUBGRAPH_OPERATORS = 3;
	private static final int OPERATOR_OPCODE_INDEX = 0;

	@Test
	void fileTooShortForAHeader() {
		assertEquals(List.of("byte 0: the file has 5 bytes, too few for a FlatBuffer header (8)"),
				problems(new byte[5]));
	}

	@Test
	void missingFile() {
		Path missing = Path.of("no such model.tflite");

		TfliteImportException e = assertThrows(TfliteImportException.class, () -> TfliteImporter.read(missing));

		assertEquals(List.of("file: cannot read it: java.nio.file.NoSuchFileException: no such model.tflite"),
				e.problems());
	}

	@Test
	void fileWithoutTheTfliteIdentifier() {
		byte[] file = chain().write();
		file[5] = 'X';

		assertEquals(List.of("byte 4: the file identifier is not \"TFL3\": this is not a TFLite model"), problems(file));
	}

	@Test
	void rootOffsetPastTheEnd() {
		byte[] file = chain().write();
		new FlatBufferPatch(file).putInt(0, file.length + 10);

		assertEquals(List.of("byte 0: root offset: offset points to byte " + (file.length + 10)
				+ ", past the end of the file (" + file.length + " bytes)"), problems(file));
	}

	@Test
	void vtableOutsideTheFile() {
		FlatBufferPatch patch = new FlatBufferPatch(chain().write());
		int root = patch.root();
		patch.putInt(root, -1_000_000);

		assertEquals(List.of("byte " + root + ": Model: its vtable at byte " + (root + 1_000_000)
				+ " lies outside the file (" + patch.bytes().length + " bytes)"), problems(patch.bytes()));
	}

	@Test
	void vectorLengthRunningPastTheEndIsNotAllocated() {
		FlatBufferPatch patch = new FlatBufferPatch(chain().write());
		int tensors = patch.child(subgraph(patch), SUBGRAPH_TENSORS);
		patch.putInt(tensors, Integer.MAX_VALUE);

		assertEquals(List.of("byte " + tensors + ": SubGraph.tensors: vector of 2147483647 elements of 4 bytes runs past"
				+ " the end of the file (" + patch.bytes().length + " bytes)"), problems(patch.bytes()));
	}

	@Test
	void unsupportedSchemaVersion() {
		FlatBufferPatch patch = new FlatBufferPatch(chain().write());
		patch.putInt(patch.field(patch.root(), MODEL_VERSION), 2);

		assertEquals(List.of("byte " + patch.root() + ": TFLite schema version 2, this importer reads 3"),
				problems(patch.bytes()));
	}

	@Test
	void modelWithoutSubgraphs() {
		FlatBufferPatch patch = new FlatBufferPatch(chain().write());
		patch.putInt(patch.child(patch.root(), MODEL_SUBGRAPHS), 0);

		assertEquals(List.of("byte " + patch.root() + ": the model has no subgraphs"), problems(patch.bytes()));
	}

	/** The broken tensor is reported and skipped; the other tensors are still checked. */
	@Test
	void everyBrokenElementIsListed() {
		TfliteModelWriter w = chain();
		w.tensor("negative", INT8, 2, -3);
		FlatBufferPatch patch = new FlatBufferPatch(w.write());
		int tensors = patch.child(subgraph(patch), SUBGRAPH_TENSORS);
		patch.putInt(tensors + 4 + 4 * 1, 1 << 30);

		assertEquals(List.of("byte " + (tensors + 8) + ": tensor 1: SubGraph.tensors[1]: offset points to byte "
				+ (tensors + 8 + (1 << 30)) + ", past the end of the file (" + patch.bytes().length + " bytes)",
				"tensor 3 'negative': negative dimension in shape [2, -3]"), problems(patch.bytes()));
	}

	@Test
	void bufferIndexOutOfRange() {
		TfliteModelWriter w = chain();
		w.buffer(1, 99);

		assertEquals(List.of("tensor 1 'weights': buffer 99 is outside the model's 2 buffers"), problems(w.write()));
	}

	@Test
	void constantDataAfterTheFlatBufferMustBeInTheFile() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2);
		int weights = w.externalConstant("weights", INT8, new byte[4], 2, 2);
		int out = w.tensor("out", INT8, 1, 2);
		w.operator(FULLY_CONNECTED, new int[] {in, weights}, new int[] {out});
		byte[] file = w.inputs(in).outputs(out).write();
		byte[] truncated = Arrays.copyOf(file, file.length - 1);
		FlatBufferPatch patch = new FlatBufferPatch(truncated);
		int buffer = patch.element(patch.child(patch.root(), MODEL_BUFFERS), 1);

		assertEquals(List.of("byte " + buffer + ": buffer 1: Buffer.offset " + (file.length - 4) + " and Buffer.size 4"
				+ " lie outside the file (" + truncated.length + " bytes)"), problems(truncated));
	}

	@Test
	void tensorIndexOutOfRange() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4);
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(LOGISTIC, new int[] {42}, new int[] {out});
		w.inputs(in, -2).outputs(out);

		assertEquals(List.of("operator 0 (LOGISTIC, inputs #42 -> 'out'): input 0 is tensor 42, outside the"
				+ " subgraph's 2 tensors", "subgraph 0: input 1 is tensor -2, outside the subgraph's 2 tensors"),
				problems(w.write()));
	}

	@Test
	void opcodeIndexOutOfRange() {
		TfliteModelWriter w = chain();
		int extra = w.tensor("extra", INT8, 1, 4);
		w.operator(LOGISTIC, new int[] {2}, new int[] {extra});
		FlatBufferPatch patch = new FlatBufferPatch(w.outputs(extra).write());
		int operator = patch.element(patch.child(subgraph(patch), SUBGRAPH_OPERATORS), 1);
		patch.putInt(patch.field(operator, OPERATOR_OPCODE_INDEX), 9);

		assertEquals(List.of("operator 1 (opcode index 9, inputs 'out' -> 'extra'): opcode index 9 is outside the"
				+ " model's 2 operator codes"), problems(patch.bytes()));
	}

	@Test
	void quantizationArraysOfTheWrongLength() {
		TfliteModelWriter w = chain();
		w.quantize(1, new float[] {1, 2}, new long[] {0}, 0);
		w.quantize(0, new float[] {1, 2, 3}, new long[] {0, 0, 0}, 1);

		assertEquals(List.of("tensor 0 'in': 3 scales for quantized dimension 1 of size 4 (shape [1, 4])",
				"tensor 1 'weights': quantization has 2 scales but 1 zero points",
				"tensor 1 'weights': 2 scales for quantized dimension 0 of size 4 (shape [4, 4])"), problems(w.write()));
	}

	@Test
	void constantDataThatDoesNotFitItsShape() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 2);
		int weights = w.constant("weights", INT8, new byte[5], 2, 2);
		int out = w.tensor("out", INT8, 1, 2);
		w.operator(FULLY_CONNECTED, new int[] {in, weights}, new int[] {out});

		assertEquals(List.of("tensor 1 'weights': has 5 bytes of data, but INT8 shape [2, 2] needs 4"),
				problems(w.inputs(in).outputs(out).write()));
	}

	@Test
	void operatorsOutOfDataflowOrder() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4);
		int a = w.tensor("a", INT8, 1, 4);
		int b = w.tensor("b", INT8, 1, 4);
		int never = w.tensor("never", INT8, 1, 4);
		w.operator(LOGISTIC, new int[] {a}, new int[] {b});
		w.operator(LOGISTIC, new int[] {in}, new int[] {a});
		w.operator(LOGISTIC, new int[] {in}, new int[] {in});

		assertEquals(List.of("operator 0 (LOGISTIC, inputs 'a' -> 'b'): reads tensor 1 'a' before any operator writes"
				+ " it", "operator 2 (LOGISTIC, inputs 'in' -> 'in'): writes tensor 0 'in', which is a subgraph input",
				"subgraph 0: output 1, tensor 3 'never', is never written"),
				problems(w.inputs(in).outputs(b, never).write()));
	}

	@Test
	void truncatedFilesNameTheByte() {
		byte[] file = chain().write();
		for (int length = 8; length < file.length; length += 3) {
			List<String> problems = problems(Arrays.copyOf(file, length));
			assertFalse(problems.isEmpty());
			assertTrue(problems.stream().anyMatch(problem -> problem.startsWith("byte ")), problems::toString);
		}
	}

	/**
	 * Thousands of tensors that all point at one table with a shape of thousands of dimensions: reading each
	 * would take the file size squared, so the decoder stops once it has read many times the file's size.
	 */
	@Test
	void sharedDataDoesNotMakeDecodingQuadratic() {
		int copies = 20_000;
		FlatBufferBuilder b = new FlatBufferBuilder(1 << 20);
		int shape = TfliteModelWriter.intVector(b, new int[copies]);
		b.startTable(7);
		b.addOffset(0, shape, 0);
		int tensor = b.endTable();
		int[] sameTensor = new int[copies];
		Arrays.fill(sameTensor, tensor);
		int tensors = b.createVectorOfTables(sameTensor);
		b.startTable(5);
		b.addOffset(0, tensors, 0);
		int subgraph = b.endTable();
		int subgraphs = b.createVectorOfTables(new int[] {subgraph});
		b.startTable(5);
		b.addInt(0, 3, 0);
		b.addOffset(2, subgraphs, 0);
		b.finish(b.endTable(), "TFL3");

		List<String> problems = problems(b.sizedByteArray());

		assertEquals(1, problems.size(), problems::toString);
		assertTrue(problems.get(0).endsWith("the file's offsets lead back to the same data over and over: decoding it"
				+ " would read more than 16 times its size"), problems::toString);
	}

	/** in -> FULLY_CONNECTED(weights) -> out, tensors 0 to 2. */
	private static TfliteModelWriter chain() {
		TfliteModelWriter w = new TfliteModelWriter();
		int in = w.tensor("in", INT8, 1, 4);
		int weights = w.int8Constant("weights", 4, 4);
		int out = w.tensor("out", INT8, 1, 4);
		w.operator(FULLY_CONNECTED, new int[] {in, weights}, new int[] {out});
		return w.inputs(in).outputs(out);
	}

	private static int subgraph(FlatBufferPatch patch) {
		return patch.element(patch.child(patch.root(), MODEL_SUBGRAPHS), 0);
	}

	private static List<String> problems(byte[] file) {
		return assertThrows(TfliteImportException.class, () -> TfliteImporter.read(file, "broken.tflite")).problems();
	}
}
