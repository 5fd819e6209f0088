package dev.tinyforge.dsl.ui.internal.quickfix;

import java.util.List;

import org.eclipse.core.resources.IFile;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.PatchRemedy;
import dev.tinyforge.dsl.edit.AutoPatchesOption;
import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * For a deployment over its SRAM budget that patch-based inference brings within it: sets its {@code patches}
 * option to {@code auto} ({@link AutoPatchesOption}). Offered only when {@link PatchRemedy} finds such a plan, whose
 * grid and split the description names.
 */
final class EnablePatchesResolution extends DeploymentResolution {

	private final PatchPlan plan;

	private EnablePatchesResolution(PatchPlan plan) {
		this.plan = plan;
	}

	/** The fix for the deployment, or null when {@code patches auto} would not make it fit. */
	static EnablePatchesResolution forDeployment(Deployment deployment) {
		PatchPlan plan = deployment == null ? null
				: PatchRemedy.fittingAutoPlan(deployment, TinyMlUi.injector().getInstance(NetworkAnalyses.class));
		return plan == null ? null : new EnablePatchesResolution(plan);
	}

	@Override
	public String getLabel() {
		return "Enable patch-based inference";
	}

	@Override
	public String getDescription() {
		return "Sets 'patches auto': the first layers run " + plan.rows() + "x" + plan.columns()
				+ " patch by patch (operators " + plan.firstOp() + " to " + plan.splitOp()
				+ "), so only one patch of their large feature maps is in SRAM; the halos cost some MACs again.";
	}

	@Override
	Change change(Deployment deployment, IFile markedFile) {
		TextReplacement option = AutoPatchesOption.set(deployment);
		return option == null ? null : new Change(markedFile, List.of(option));
	}
}
