package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.ir.IrToLayerGraph;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.analysis.patch.PatchPlans;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.testing.Processes;
import dev.tinyforge.testing.SharedModel;

/**
 * Patch-based inference forced on every shared model that has layers able to run patch by patch: a split a
 * quarter of the way to the deepest one in a 3x3 grid, and the planner's own choice or, where it has none, a split
 * halfway in a 2x3 grid (two builds a model, and shallow prefixes, whose unrolled patches compile fast, keep the
 * test near a minute); compiled for the host
 * with the sanitizers, every whole layer output bit-exact with the reference interpreter, the outputs with TFLM.
 * The planner's choice for person_detect also runs on an emulated Cortex-M7, on the SIMD path; the arena the
 * code declares is the analysis' patch plan's, and the reports mark the patch phase.
 */
class PatchedBitExactnessTest {

	static Stream<Arguments> builds() {
		return SharedModel.all().stream().flatMap(model -> plans(model).stream().map(plan -> Arguments.of(model, plan)));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("builds")
	void everyWholeLayerMatchesTheReference(SharedModel model, PatchPlan plan, @TempDir Path directory)
			throws Exception {
		HostVerification.check(model, Target.PORTABLE, Optimization.SIZE, MemoryPlan.DEFAULT, plan, directory);
	}

	@Test
	@Tag("qemu")
	void personDetectWithThePlannersChoiceMatchesOnCortexM7(@TempDir Path directory) throws Exception {
		assumeTrue(Processes.onPath("arm-none-eabi-gcc") && Processes.onPath("qemu-system-arm"),
				"skipped: arm-none-eabi-gcc and qemu-system-arm are not on the PATH");
		SharedModel model = SharedModel.all().stream().filter(m -> m.name().equals("person_detect")).findFirst()
				.orElseThrow();
		PatchPlan plan = new PatchPlanner(new NetworkAnalyzer())
				.choose(IrToLayerGraph.convert(model.importGraph()), PatchPlanner.DEFAULT_OVERHEAD).orElseThrow();
		QemuVerification.check(model, Board.CORTEX_M7, Optimization.SPEED, MemoryPlan.DEFAULT, plan, 1, directory);
	}

	@Test
	void theArenaIsThePatchPlansAndTheReportsShowBothPhases(@TempDir Path directory) throws Exception {
		SharedModel model = SharedModel.all().stream().filter(m -> m.name().equals("person_detect")).findFirst()
				.orElseThrow();
		Graph graph = model.importGraph();
		LayerGraph g = IrToLayerGraph.convert(graph);
		PatchPlan plan = new PatchPlan(0, 3, 2, 2);
		GenerationResult result = CodeGenerator.generate(graph,
				new CodegenOptions("pd", Target.PORTABLE, Optimization.SIZE, false),
				new NetworkAnalyzer(), plan, directory);
		assertEquals(new NetworkAnalyzer().analyze(g, plan).arenaBytes(), result.arenaBytes());
		assertTrue(Files.readString(directory.resolve("pd.h")).contains("#define PD_ARENA_BYTES " + result.arenaBytes()));
		assertEquals(List.of(true, true, true, true, false), result.layers().subList(0, 5).stream()
				.map(LayerReport::patched).toList());
		assertEquals(List.of(false, false, false, true, true), result.layers().subList(0, 5).stream()
				.map(LayerReport::outputWhole).toList());
		JsonObject report = JsonParser.parseString(Files.readString(directory.resolve("pd_report.json")))
				.getAsJsonObject();
		assertEquals(2, report.getAsJsonObject("patches").get("rows").getAsInt());
		assertEquals(3, report.getAsJsonObject("patches").get("split_layer").getAsInt());
		assertEquals("patch", report.getAsJsonArray("layers").get(0).getAsJsonObject().get("phase").getAsString());
		assertTrue(Files.readString(directory.resolve("pd_report.txt")).contains("patches: 2x2 over layers 0..3"));
	}

	private static List<PatchPlan> plans(SharedModel model) {
		LayerGraph g = IrToLayerGraph.convert(model.importGraph());
		List<Integer> splits = new ArrayList<>();
		for (int split = 0; split < g.opCount(); split++) {
			int first = PatchPlans.longestPrefixStart(g, split);
			if (first >= 0 && PatchPlans.problems(g, new PatchPlan(first, split, 3, 3)).isEmpty()) {
				splits.add(split);
			}
		}
		List<PatchPlan> plans = new ArrayList<>();
		if (splits.isEmpty()) {
			return plans;
		}
		int quarter = splits.get(splits.size() / 4);
		int halfway = splits.get(splits.size() / 2);
		plans.add(new PatchPlan(PatchPlans.longestPrefixStart(g, quarter), quarter, 3, 3));
		Optional<PatchPlan> chosen = new PatchPlanner(new NetworkAnalyzer()).choose(g, PatchPlanner.DEFAULT_OVERHEAD);
		if (chosen.isPresent()) {
			plans.add(chosen.get());
		} else if (halfway != quarter) {
			plans.add(new PatchPlan(PatchPlans.longestPrefixStart(g, halfway), halfway, 2, 3));
		}
		return plans;
	}
}
