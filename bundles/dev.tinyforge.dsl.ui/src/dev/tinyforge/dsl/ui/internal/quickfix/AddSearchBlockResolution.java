package dev.tinyforge.dsl.ui.internal.quickfix;

import java.util.List;

import org.eclipse.core.resources.IFile;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.edit.SearchSpaceTemplate;
import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * For a deployment that does not fit: adds a TinyNAS search block for its device and memory after it
 * ({@link SearchSpaceTemplate}), with the network's input channels, classes and resolution.
 */
final class AddSearchBlockResolution extends DeploymentResolution {

	@Override
	public String getLabel() {
		return "Add a TinyNAS search block for this device";
	}

	@Override
	public String getDescription() {
		return "Adds a search space whose networks must fit this device's SRAM and Flash; running the search finds"
				+ " the most capable network that does.";
	}

	@Override
	Change change(Deployment deployment, IFile markedFile) {
		AnalyzedNetwork analyzed = TinyMlUi.injector().getInstance(NetworkAnalyses.class).get(deployment.getNetwork());
		if (!analyzed.analyzed()) {
			return null;
		}
		LayerGraph graph = analyzed.graph();
		int[] input = graph.tensorShape(graph.graphInput(0));
		int[] output = graph.tensorShape(graph.graphOutput(0));
		TextReplacement insertion = SearchSpaceTemplate.after(deployment, input[input.length - 1],
				output[output.length - 1], input.length >= 3 ? input[input.length - 3] : 0);
		return insertion == null ? null : new Change(markedFile, List.of(insertion));
	}
}
