package dev.tinyforge.reference.oracle;

import dev.tinyforge.testing.SharedModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * Every test input of every shared model, imported from its .tflite file and run by the reference interpreter,
 * must give exactly the int8 outputs TFLM gave.
 */
class TfliteOracleTest {

	private static final Map<String, Graph> GRAPHS = new HashMap<>();
	private static final Map<String, ReferenceInterpreter> INTERPRETERS = new HashMap<>();

	static Stream<SharedModel.Run> runs() {
		return SharedModel.all().stream().flatMap(model -> model.runs().stream());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("runs")
	void outputsEqualTflmByteForByte(SharedModel.Run run) {
		Graph graph = GRAPHS.computeIfAbsent(run.model().name(), name -> run.model().importGraph());
		ReferenceInterpreter interpreter = INTERPRETERS.computeIfAbsent(run.model().name(),
				name -> new ReferenceInterpreter(graph));
		Int8Outputs int8Outputs = new Int8Outputs();
		interpreter.setListener(int8Outputs);
		interpreter.invoke(List.of(run.graphInput()));
		List<byte[]> actual = int8Outputs.of(graph);

		assertEquals(run.expectedInt8Outputs().size(), actual.size(), "number of outputs");
		for (int i = 0; i < actual.size(); i++) {
			assertSameBytes(run + ", output " + i, run.expectedInt8Outputs().get(i), actual.get(i));
		}
	}

	private static void assertSameBytes(String what, byte[] expected, byte[] actual) {
		assertEquals(expected.length, actual.length, what + ": length");
		int differing = 0;
		int first = -1;
		for (int i = 0; i < expected.length; i++) {
			if (expected[i] != actual[i]) {
				differing++;
				first = first < 0 ? i : first;
			}
		}
		if (differing > 0) {
			fail(what + ": " + differing + " of " + expected.length + " bytes differ, the first at index " + first
					+ ": TFLM " + expected[first] + ", reference interpreter " + actual[first]);
		}
	}
}
