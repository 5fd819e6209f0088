package dev.tinyforge.nas.evaluator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.evaluate.CandidateEvaluator;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;
import dev.tinyforge.nas.space.SubnetSampler;

/** The evaluator protocol with real shell scripts: files in, accuracy out, failures, hangs and the cache. */
class CommandEvaluatorTest {

	private static final ElasticSpace SPACE = TestSpaces.mcunet(new double[] {0.3}, new int[] {64}, 10);

	@TempDir
	Path project;

	private final List<Subnet> subnets = new ArrayList<>();
	private final List<Metrics> metrics = new ArrayList<>();

	CommandEvaluatorTest() {
		SubnetSampler sampler = new SubnetSampler(SPACE);
		CandidateEvaluator evaluator = new CandidateEvaluator(SPACE, LatencyEstimator.NONE);
		SplittableRandom random = new SplittableRandom(5);
		for (int i = 0; i < 4; i++) {
			Subnet subnet = sampler.sample(random, 0.3, 64);
			subnets.add(subnet);
			metrics.add(evaluator.evaluate(subnet));
		}
	}

	/** Reads the candidate's files: the accuracy is the MACs in the JSON over a million, checked against the DSL. */
	@Test
	void readsTheAccuracyTheScriptPrintsForEachCandidate() throws IOException {
		script("eval.sh", """
				dir="$1"
				grep -q '^network candidate {' "$dir/network.tinyml" || exit 3
				grep -q 'mbconv s1_b1 filters 8' "$dir/network.tinyml" || exit 4
				echo "evaluating $dir"
				sed -n 's/.*"macs": \\([0-9]*\\).*/\\1/p' "$dir/architecture.json" \\
					| awk '{ printf "%.6f\\n", $1 / 1000000 }'
				""");
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh eval.sh", project, 2, 20_000)) {
			double[] scores = evaluator.score(subnets, metrics, SearchMonitor.NONE);
			for (int i = 0; i < scores.length; i++) {
				assertEquals(metrics.get(i).macs() / 1e6, scores[i], 1e-6);
			}
			assertTrue(evaluator.failures().isEmpty(), () -> evaluator.failures().toString());
		}
	}

	@Test
	void scoresEachSubnetOnce() throws IOException {
		script("count.sh", "echo x >> calls.txt\necho 0.5\n");
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh count.sh", project, 2, 20_000)) {
			evaluator.score(subnets, metrics, SearchMonitor.NONE);
			evaluator.score(subnets.subList(0, 2), metrics.subList(0, 2), SearchMonitor.NONE);
		}
		assertEquals(subnets.size(), Files.readAllLines(project.resolve("calls.txt")).size());
	}

	@Test
	void reportsAFailingEvaluatorAndLeavesItsCandidateUnscored() throws IOException {
		script("fail.sh", "echo 'CUDA out of memory' >&2\nexit 7\n");
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh fail.sh", project, 2, 20_000)) {
			double[] scores = evaluator.score(subnets.subList(0, 1), metrics.subList(0, 1), SearchMonitor.NONE);
			assertTrue(Double.isNaN(scores[0]));
			EvaluatorFailure failure = evaluator.failures().get(0);
			assertEquals(subnets.get(0).key(), failure.subnet());
			assertEquals("exited with status 7; stderr: CUDA out of memory", failure.reason());
		}
	}

	@Test
	void reportsOutputThatIsNoNumber() throws IOException {
		script("words.sh", "echo 'accuracy: high'\n");
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh words.sh", project, 1, 20_000)) {
			assertTrue(Double.isNaN(evaluator.score(subnets.subList(0, 1), metrics.subList(0, 1),
					SearchMonitor.NONE)[0]));
			assertEquals("printed no accuracy: its last line is 'accuracy: high'",
					evaluator.failures().get(0).reason());
		}
	}

	/** A hanging evaluator is stopped at the timeout, together with the process it started. */
	@Test
	void stopsAHangingEvaluatorAtTheTimeout() throws Exception {
		script("hang.sh", "sleep 30 &\necho $! > child.pid\nwait\n");
		long start = System.nanoTime();
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh hang.sh", project, 2, 500)) {
			double[] scores = evaluator.score(subnets.subList(0, 2), metrics.subList(0, 2), SearchMonitor.NONE);
			assertTrue(Double.isNaN(scores[0]) && Double.isNaN(scores[1]));
			assertEquals("still running after 500 ms; stopped", evaluator.failures().get(0).reason());
		}
		assertTrue(System.nanoTime() - start < 10_000_000_000L, "took longer than 10 s");
		long child = Long.parseLong(Files.readString(project.resolve("child.pid")).trim());
		assertFalse(running(child), "the sleep still runs");
	}

	/**
	 * Whether the process runs: killing is asynchronous, so give it a moment; a zombie has ended (a container's
	 * first process may never reap the orphans it inherits).
	 */
	private static boolean running(long pid) throws Exception {
		for (int i = 0; i < 50; i++) {
			Path stat = Path.of("/proc/" + pid + "/stat");
			if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)
					|| Files.exists(stat) && Files.readString(stat).replaceFirst(".*\\) ", "").startsWith("Z")) {
				return false;
			}
			Thread.sleep(100);
		}
		return true;
	}

	@Test
	void runsOnlyTheConfiguredCommandWithoutAShell() throws IOException {
		script("echo-args.sh", "for a in \"$@\"; do echo \"arg:$a\" >> args.txt; done\necho 1\n");
		try (CommandEvaluator evaluator = new CommandEvaluator(SPACE, "sh echo-args.sh 'two words' ;ls", project, 1,
				20_000)) {
			evaluator.score(subnets.subList(0, 1), metrics.subList(0, 1), SearchMonitor.NONE);
		}
		List<String> args = Files.readAllLines(project.resolve("args.txt"));
		assertEquals(3, args.size(), args::toString);
		assertEquals("arg:two words", args.get(0));
		assertEquals("arg:;ls", args.get(1));
		assertTrue(args.get(2).startsWith("arg:") && args.get(2).endsWith("candidate"), args.get(2));
	}

	private void script(String name, String body) throws IOException {
		Files.writeString(project.resolve(name), body);
	}
}
