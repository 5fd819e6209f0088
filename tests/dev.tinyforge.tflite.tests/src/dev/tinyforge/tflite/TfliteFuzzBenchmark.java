package dev.tinyforge.tflite;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Throughput of the importer on corrupted models, and how the cases end. Not a test: run {@link #main} by
 * hand with the number of cases (default 100,000), from the repository root or with
 * {@code -Dtinyforge.models=<folder>}. Cases take the shared models in turn and use the mutations of
 * {@link FuzzedModelsTest}'s seed; the run should report no other failures. The first cases run once before
 * the measurement, so that class loading and compilation do not count.
 */
public final class TfliteFuzzBenchmark {

	private static final int DEFAULT_CASES = 100_000;
	private static final int WARM_UP_CASES = 2_000;
	private static final int FAILURES_SHOWN = 5;

	private TfliteFuzzBenchmark() {
	}

	public static void main(String[] args) {
		int cases = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CASES;
		List<String> models = SharedModels.names();
		List<ModelMutator> mutators = models.stream().map(model -> new ModelMutator(SharedModels.bytes(model)))
				.toList();
		for (int index = 0; index < Math.min(cases, WARM_UP_CASES); index++) {
			FuzzCase.run(mutation(mutators, index).bytes());
		}
		Map<FuzzCase.Outcome, Integer> outcomes = new EnumMap<>(FuzzCase.Outcome.class);
		Map<ModelMutator.Kind, Integer> rejectedByKind = new EnumMap<>(ModelMutator.Kind.class);
		long slowestNanos = 0;
		String slowest = "";
		long start = System.nanoTime();
		for (int index = 0; index < cases; index++) {
			String model = models.get(index % models.size());
			ModelMutator.Mutation mutation = mutation(mutators, index);
			long caseStart = System.nanoTime();
			FuzzCase.Result result = FuzzCase.run(mutation.bytes());
			long nanos = System.nanoTime() - caseStart;
			if (nanos > slowestNanos) {
				slowestNanos = nanos;
				slowest = model + " " + mutation.description();
			}
			int count = outcomes.merge(result.outcome(), 1, Integer::sum);
			if (result.outcome() == FuzzCase.Outcome.IMPORT_EXCEPTION) {
				rejectedByKind.merge(mutation.kind(), 1, Integer::sum);
			} else if (result.outcome() == FuzzCase.Outcome.OTHER_FAILURE && count <= FAILURES_SHOWN) {
				System.out.println(model + " " + mutation.description() + ": " + result.failure());
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("%,d cases on %d models in %.1f s: %,.0f cases/s (after %,d warm-up cases)%n", cases,
				models.size(), seconds, cases / seconds, Math.min(cases, WARM_UP_CASES));
		System.out.printf("slowest case %.1f ms: %s%n", slowestNanos / 1e6, slowest);
		System.out.printf("graphs %,d, import exceptions %,d, other failures %,d%n",
				outcomes.getOrDefault(FuzzCase.Outcome.GRAPH, 0), outcomes.getOrDefault(FuzzCase.Outcome.IMPORT_EXCEPTION, 0),
				outcomes.getOrDefault(FuzzCase.Outcome.OTHER_FAILURE, 0));
		System.out.println("import exceptions by mutation: " + rejectedByKind);
	}

	/** Case {@code index}: the models in turn, each with its own sequence of mutations. */
	private static ModelMutator.Mutation mutation(List<ModelMutator> mutators, int index) {
		return mutators.get(index % mutators.size()).mutate(FuzzedModelsTest.SEED, index / mutators.size());
	}
}
