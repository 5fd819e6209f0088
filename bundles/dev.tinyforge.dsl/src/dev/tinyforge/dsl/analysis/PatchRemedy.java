package dev.tinyforge.dsl.analysis;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.analysis.FitVerdict;
import dev.tinyforge.analysis.NetworkAnalyzer;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.dsl.tinyMl.Deployment;

/**
 * Whether {@code patches auto} (with the default MAC budget) would make a deployment fit its device's SRAM: the
 * condition under which the editor offers it as the fix of an SRAM overflow, so that applying it removes the error.
 */
public final class PatchRemedy {

	private PatchRemedy() {
	}

	/**
	 * The plan {@code patches auto} would choose for the deployment, if its arena fits the device's SRAM; null when
	 * the network does not analyse, the planner finds no plan or its plan does not fit either.
	 */
	public static PatchPlan fittingAutoPlan(Deployment deployment, NetworkAnalyses analyses) {
		AnalyzedNetwork network = analyses.layerByLayer(deployment);
		if (!network.analyzed()) {
			return null;
		}
		DeviceBudget budget;
		try {
			budget = DeviceBudgets.of(deployment.getDevice());
		} catch (IllegalArgumentException e) {
			return null; // a reserve larger than its region: the validator reports it
		}
		PatchPlan plan = DeploymentPatches.auto(network.graph(), DeploymentPatches.DEFAULT_OVERHEAD_PERCENT).plan();
		if (plan == null) {
			return null;
		}
		FitVerdict verdict = FitVerdict.of(new NetworkAnalyzer().analyze(network.graph(), plan), network.graph(),
				budget);
		return verdict.fitsSram() ? plan : null;
	}
}
