package dev.tinyforge.dsl.analysis;

import java.util.List;
import java.util.function.Predicate;

import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.analysis.patch.PatchPlans;
import dev.tinyforge.dsl.lowering.ShapeText;
import dev.tinyforge.dsl.tinyMl.PatchMode;

/**
 * The patch plan a deployment's {@code patches} option asks for, resolved against its network's layer graph:
 * none for {@code off} or no option (layer by layer, as written), the {@linkplain PatchPlanner planner's} choice
 * for {@code auto} (within {@code overhead N %}, else {@value #DEFAULT_OVERHEAD_PERCENT}%), and for {@code RxC
 * until layer} a grid of R rows and C columns whose prefix ends with the last operator the layer lowers to (or
 * with {@code until operator N}, an imported network's operator N) and starts as early as a chain allows.
 *
 * @param plan     null to run layer by layer
 * @param problems why a hand-written plan cannot run; then the plan is null
 */
public record DeploymentPatches(PatchPlan plan, List<String> problems) {

	public static final int DEFAULT_OVERHEAD_PERCENT = 30;

	/** Layer by layer. */
	public static final DeploymentPatches NONE = new DeploymentPatches(null, List.of());

	public DeploymentPatches {
		problems = List.copyOf(problems);
	}

	/** @param option the deployment's {@code patches} option, null if it has none */
	public static DeploymentPatches resolve(dev.tinyforge.dsl.tinyMl.PatchPlan option, LayerGraph g) {
		if (option == null) {
			return NONE;
		}
		if (option.getGrid() == null) {
			if (option.getMode() != PatchMode.AUTO) {
				return NONE;
			}
			int percent = option.getOverheadPercent() > 0 ? option.getOverheadPercent() : DEFAULT_OVERHEAD_PERCENT;
			return new DeploymentPatches(new PatchPlanner(new NetworkAnalyzer()).choose(g, percent / 100.0).orElse(null),
					List.of());
		}
		return byHand(option, g);
	}

	private static DeploymentPatches byHand(dev.tinyforge.dsl.tinyMl.PatchPlan option, LayerGraph g) {
		String until;
		int split;
		if (option.getUntil() == null) {
			// An imported network's operators carry their place in the model file, "operator N (KIND)".
			until = "operator " + option.getUntilOperator();
			split = lastOperatorOf(g, origin -> origin.startsWith(until + " ("));
			if (split < 0) {
				return new DeploymentPatches(null, List.of("the network has no " + until
						+ ": an imported network's operators are numbered as its report's origin column shows"));
			}
		} else if (option.getUntil().eIsProxy()) {
			return NONE; // the linker reports the unknown layer
		} else {
			String layer = option.getUntil().getName();
			until = "'" + layer + "'";
			split = lastOperatorOf(g, layer::equals);
			if (split < 0) {
				return new DeploymentPatches(null, List.of("layer " + until + " lowers to no operator"));
			}
		}
		int[] grid = ShapeText.parse(option.getGrid().getText());
		if (grid == null || grid.length > 2) {
			return new DeploymentPatches(null, List.of("a patch grid is rows x columns, such as 3x3, not '"
					+ option.getGrid().getText() + "'"));
		}
		int first = PatchPlans.longestPrefixStart(g, split);
		PatchPlan plan = new PatchPlan(first < 0 ? split : first, split, grid[0], grid[grid.length - 1]);
		List<String> problems = PatchPlans.problems(g, plan);
		return problems.isEmpty() ? new DeploymentPatches(plan, List.of())
				: new DeploymentPatches(null, problems.stream().map(p -> "patches until " + until + ": " + p).toList());
	}

	private static int lastOperatorOf(LayerGraph g, Predicate<String> origin) {
		for (int op = g.opCount() - 1; op >= 0; op--) {
			if (origin.test(g.opOrigin(op))) {
				return op;
			}
		}
		return -1;
	}
}
