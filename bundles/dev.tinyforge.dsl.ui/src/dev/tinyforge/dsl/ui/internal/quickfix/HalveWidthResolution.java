package dev.tinyforge.dsl.ui.internal.quickfix;

import org.eclipse.core.resources.IFile;

import dev.tinyforge.dsl.edit.WidthReduction;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * For a deployment over its SRAM budget: halves the width of its network ({@link WidthReduction}), in the file that
 * declares the network.
 */
final class HalveWidthResolution extends DeploymentResolution {

	@Override
	public String getLabel() {
		return "Halve the network's width";
	}

	@Override
	public String getDescription() {
		return "Halves the filters of every layer but the last, which gives the classes: activations, and so the SRAM "
				+ "they need, shrink with the channel count.";
	}

	@Override
	Change change(Deployment deployment, IFile markedFile) {
		return new Change(TinyMlUi.fileOf(deployment.getNetwork().eResource().getURI()),
				WidthReduction.halve(deployment.getNetwork()));
	}
}
