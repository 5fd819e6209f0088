package dev.tinyforge.ui.internal.views;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.analysis.DeviceBudget;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.analysis.OperatorSteps;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.ui.chart.MemoryChartData;
import dev.tinyforge.ui.chart.PatchRegion;

/**
 * What the inference chart shows for a file: the {@linkplain ChartSubject network it is about}, deployed as its
 * deployment says (patch by patch if it asks for patches) against the device's memory, or on its own.
 */
final class ChartInputs {

	private ChartInputs() {
	}

	static MemoryChartData of(XtextResource resource) {
		ChartSubject subject = resource.getContents().isEmpty() ? null
				: ChartSubject.of((Model) resource.getContents().get(0));
		if (subject == null) {
			return new MemoryChartData("The file declares no network", List.of(), 0, 0, 0);
		}
		NetworkAnalyses analyses = TinyMlUi.injector().getInstance(NetworkAnalyses.class);
		AnalyzedNetwork layerByLayer = analyses.get(subject.network());
		if (!layerByLayer.analyzed()) {
			return new MemoryChartData(subject.title() + ": not analysed, see the file's errors", List.of(), 0, 0, 0);
		}
		DeviceBudget budget = budget(subject);
		if (budget == null) {
			return new MemoryChartData(subject.title(), OperatorSteps.of(layerByLayer), 0, 0, 0);
		}
		AnalyzedNetwork deployed = analyses.get(subject.deployment());
		long layerByLayerPeak = analyses.layerByLayer(subject.deployment()).analysis().maxLiveBytes();
		PatchRegion patches = deployed.analysis().patchPhase().map(phase -> PatchRegion.of(phase, layerByLayerPeak))
				.orElse(null);
		return new MemoryChartData(subject.title(), OperatorSteps.of(deployed), budget.sramBytes(),
				budget.sramAvailableBytes(), budget.flashAvailableBytes(), patches);
	}

	/** The deployment's device budget; null for a network on its own or a reserve larger than its region. */
	static DeviceBudget budget(ChartSubject subject) {
		if (subject.deployment() == null) {
			return null;
		}
		try {
			return DeviceBudgets.of(subject.deployment().getDevice());
		} catch (IllegalArgumentException e) {
			return null; // the validator reports the reserve
		}
	}
}
