package dev.tinyforge.cli.internal;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.codegen.CodeGenerator;
import dev.tinyforge.codegen.Optimization;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.OptimizeMode;

/** What a deploy's kernels favour: as its {@code optimize} option says, or by default what the device has room for. */
final class GenerationOptimizations {

	private GenerationOptimizations() {
	}

	/**
	 * {@code optimize auto} (or none) is speed when the network's constants with the widened weights still fit the
	 * device's Flash (less its reserve), else size: the widened layers cost twice their weights for about a third
	 * fewer of their instructions, the deploy's largest lever on latency that does not change its results.
	 */
	static Optimization of(Deployment deployment, AnalyzedNetwork network, PatchPlan patches) {
		if (deployment.getOptimize() != OptimizeMode.AUTO) {
			return deployment.getOptimize() == OptimizeMode.SPEED ? Optimization.SPEED : Optimization.SIZE;
		}
		long speedFlash = network.analysis().totalWeightBytes()
				+ CodeGenerator.speedExtraFlashBytes(network.lowering().graph(), patches);
		return speedFlash <= DeviceBudgets.of(deployment.getDevice()).flashAvailableBytes() ? Optimization.SPEED
				: Optimization.SIZE;
	}
}
