package dev.tinyforge.ui.internal.views;

import java.util.List;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorSteps;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.MemoryChartData;

/**
 * What the chart shows for a file: its first deployment (the network against the device's memory), or, without
 * one, its first network on its own.
 */
final class ChartInputs {

	private ChartInputs() {
	}

	static MemoryChartData of(XtextResource resource) {
		if (resource.getContents().isEmpty()) {
			return new MemoryChartData("The file declares no network", List.of(), 0, 0, 0);
		}
		Model model = (Model) resource.getContents().get(0);
		for (Deployment deployment : EcoreUtil2.typeSelect(model.getElements(), Deployment.class)) {
			if (resolved(deployment)) {
				return deployed(deployment);
			}
		}
		for (Network network : EcoreUtil2.typeSelect(model.getElements(), Network.class)) {
			return chart(network, network.getName(), null);
		}
		return new MemoryChartData("The file declares no network", List.of(), 0, 0, 0);
	}

	private static boolean resolved(Deployment deployment) {
		return deployment.getNetwork() != null && !deployment.getNetwork().eIsProxy() && deployment.getDevice() != null
				&& !deployment.getDevice().eIsProxy();
	}

	private static MemoryChartData deployed(Deployment deployment) {
		String title = deployment.getNetwork().getName() + " on " + deployment.getDevice().getName();
		try {
			return chart(deployment.getNetwork(), title, DeviceBudgets.of(deployment.getDevice()));
		} catch (IllegalArgumentException e) {
			// a reserve larger than its region: the validator reports it
			return chart(deployment.getNetwork(), title, null);
		}
	}

	private static MemoryChartData chart(Network network, String title, DeviceBudget budget) {
		AnalyzedNetwork analyzed = TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(network);
		if (!analyzed.analyzed()) {
			return new MemoryChartData(title + ": not analysed, see the file's errors", List.of(), 0, 0, 0);
		}
		return budget == null ? new MemoryChartData(title, OperatorSteps.of(analyzed), 0, 0, 0)
				: new MemoryChartData(title, OperatorSteps.of(analyzed), budget.sramBytes(),
						budget.sramAvailableBytes(), budget.flashAvailableBytes());
	}
}
