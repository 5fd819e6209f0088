package dev.tinyforge.tflite;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Tensor;

/** Imports one corrupted file and says how it ended; anything but a graph or an import exception is a bug. */
final class FuzzCase {

	enum Outcome {
		GRAPH, IMPORT_EXCEPTION, OTHER_FAILURE
	}

	record Result(Outcome outcome, Throwable failure) {
	}

	/** How each problem line starts: the place it names. */
	private static final String[] PLACES = {"byte ", "operator ", "tensor ", "subgraph 0: ", "... and "};

	private FuzzCase() {
	}

	static Result run(byte[] file) {
		try {
			Graph graph = TfliteImporter.read(file, "fuzzed.tflite");
			return consistent(graph) ? new Result(Outcome.GRAPH, null)
					: new Result(Outcome.OTHER_FAILURE, new AssertionError("a graph with dangling tensors"));
		} catch (TfliteImportException e) {
			return placed(e) ? new Result(Outcome.IMPORT_EXCEPTION, null) : new Result(Outcome.OTHER_FAILURE, e);
		} catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
			return new Result(Outcome.OTHER_FAILURE, e);
		}
	}

	/** Every operand of every operator belongs to the graph. */
	private static boolean consistent(Graph graph) {
		for (Operator op : graph.getOperators()) {
			for (Tensor tensor : op.getInputs()) {
				if (tensor.eContainer() != graph) {
					return false;
				}
			}
			if (op.getOutputs().size() != 1 || op.getOutputs().get(0).eContainer() != graph) {
				return false;
			}
		}
		return true;
	}

	private static boolean placed(TfliteImportException e) {
		if (e.problems().isEmpty()) {
			return false;
		}
		for (String problem : e.problems()) {
			boolean named = false;
			for (String place : PLACES) {
				named |= problem.startsWith(place);
			}
			if (!named) {
				return false;
			}
		}
		return true;
	}
}
