package dev.tinyforge.tflite;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Thousands of corrupted copies of the shared models (fixed seed): each must end in a graph or in a
 * TfliteImportException whose problems name their place, never in another exception or a hang.
 */
class FuzzedModelsTest {

	static final long SEED = 20_261_124L;
	private static final int CASES_PER_MODEL = 600;
	private static final int BATCH = 200;
	private static final Duration BATCH_LIMIT = Duration.ofSeconds(60);

	static List<String> models() {
		return SharedModels.names();
	}

	@ParameterizedTest
	@MethodSource("models")
	void corruptedModelsEndInAGraphOrAnImportException(String model) {
		ModelMutator mutator = new ModelMutator(SharedModels.bytes(model));
		Map<FuzzCase.Outcome, Integer> outcomes = new EnumMap<>(FuzzCase.Outcome.class);
		for (int first = 0; first < CASES_PER_MODEL; first += BATCH) {
			int from = first;
			assertTimeoutPreemptively(BATCH_LIMIT, () -> runBatch(model, mutator, from, outcomes),
					() -> model + ": cases " + from + " to " + (from + BATCH - 1) + " took more than " + BATCH_LIMIT);
		}
		if (outcomes.getOrDefault(FuzzCase.Outcome.IMPORT_EXCEPTION, 0) == 0) {
			fail(model + ": no corruption was detected in " + CASES_PER_MODEL + " cases: " + outcomes);
		}
	}

	private static void runBatch(String model, ModelMutator mutator, int from, Map<FuzzCase.Outcome, Integer> outcomes) {
		for (int index = from; index < from + BATCH; index++) {
			ModelMutator.Mutation mutation = mutator.mutate(SEED, index);
			FuzzCase.Result result = FuzzCase.run(mutation.bytes());
			if (result.outcome() == FuzzCase.Outcome.OTHER_FAILURE) {
				throw new AssertionError(model + " case " + index + " (seed " + SEED + ", " + mutation.description()
						+ ") ended in " + result.failure(), result.failure());
			}
			outcomes.merge(result.outcome(), 1, Integer::sum);
		}
	}
}
