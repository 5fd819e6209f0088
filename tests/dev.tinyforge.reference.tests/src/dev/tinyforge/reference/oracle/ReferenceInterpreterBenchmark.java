package dev.tinyforge.reference.oracle;

import dev.tinyforge.testing.SharedModel;
import java.util.List;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * Prints the reference interpreter's time per inference for each shared model, after warm-up, on the model's
 * first test input. Run from the test module's folder (or pass -Dtinyforge.models=DIR); the first argument, if
 * any, is the number of timed inferences per model.
 */
public final class ReferenceInterpreterBenchmark {

	private static final int WARM_UP_SECONDS = 2;

	private ReferenceInterpreterBenchmark() {
	}

	public static void main(String[] args) {
		int inferences = args.length > 0 ? Integer.parseInt(args[0]) : 50;
		System.out.printf("%-28s %12s%n", "model", "ms/inference");
		for (SharedModel model : SharedModel.all()) {
			Graph graph = model.importGraph();
			ReferenceInterpreter interpreter = new ReferenceInterpreter(graph);
			List<byte[]> input = List.of(model.runs().get(0).graphInput());
			long warmUpEnd = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
			while (System.nanoTime() < warmUpEnd) {
				interpreter.invoke(input);
			}
			long start = System.nanoTime();
			for (int i = 0; i < inferences; i++) {
				interpreter.invoke(input);
			}
			double millis = (System.nanoTime() - start) / 1e6 / inferences;
			System.out.printf("%-28s %12.3f%n", model.name(), millis);
		}
	}
}
