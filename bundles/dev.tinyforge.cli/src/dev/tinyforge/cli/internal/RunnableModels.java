package dev.tinyforge.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;

import dev.tinyforge.cli.report.Diagnostic;
import dev.tinyforge.dsl.lowering.LoweringProblem;
import dev.tinyforge.dsl.lowering.LoweringResult;
import dev.tinyforge.dsl.lowering.NetworkLowering;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.model.ir.Graph;

/**
 * The MODEL of {@code tinyforge run} as an IR graph with weights: a .tflite file, or a network of a .tinyml file
 * that comes {@code from} one. A network written layer by layer describes an architecture only: it has no weights
 * to run.
 */
final class RunnableModels {

	private RunnableModels() {
	}

	/**
	 * @param file as the user wrote it
	 * @param network the network of a .tinyml file, or null to take its only one
	 * @throws CommandFailure naming what is wrong with the file, the network or the model it comes from
	 */
	static Graph load(String file, String network) throws CommandFailure {
		Path path = FileChecks.readable(file, FileChecks.TFLITE, FileChecks.TINYML);
		if (file.endsWith(FileChecks.TINYML)) {
			return lower(file, select(file, networks(file, path), network));
		}
		if (network != null) {
			throw CommandFailure.usage(file,
					"a .tflite file is one model; --network picks a network of a .tinyml file");
		}
		return ModelFiles.read(file, path);
	}

	private static List<Network> networks(String file, Path path) throws CommandFailure {
		XtextResourceSet resourceSet = TinyMlLanguage.injector().getInstance(XtextResourceSet.class);
		Resource resource = new ProjectLoader(resourceSet).load(path);
		if (!resource.getErrors().isEmpty()) {
			throw CommandFailure.diagnostics(resource.getErrors().stream().map(error -> new Diagnostic(
					Diagnostic.Severity.ERROR, file, error.getLine(), error.getColumn(), error.getMessage())).toList());
		}
		// an empty file has no model at all
		return resource.getContents().isEmpty() ? List.of()
				: EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(), Network.class);
	}

	private static Network select(String file, List<Network> networks, String name) throws CommandFailure {
		String names = networks.stream().map(Network::getName).collect(Collectors.joining(", "));
		if (name != null) {
			return networks.stream().filter(network -> name.equals(network.getName())).findFirst()
					.orElseThrow(() -> CommandFailure.usage(file, "holds no network '" + name + "'"
							+ (networks.isEmpty() ? "" : "; it holds " + names)));
		}
		if (networks.isEmpty()) {
			throw CommandFailure.usage(file, "holds no network");
		}
		if (networks.size() > 1) {
			throw CommandFailure.usage(file, "holds the networks " + names + ": pick one with --network NAME");
		}
		return networks.get(0);
	}

	private static Graph lower(String file, Network network) throws CommandFailure {
		if (network.getModelFile() == null) {
			throw CommandFailure.failed(file, "network '" + network.getName() + "' has no weights to run: a network"
					+ " written layer by layer describes an architecture only. Run a network that comes from a model"
					+ " file (network " + network.getName() + " from \"model.tflite\"), or the .tflite file itself");
		}
		LoweringResult lowering = new NetworkLowering().lower(network);
		if (!lowering.succeeded()) {
			throw CommandFailure.problems(file, lowering.problems().stream().map(LoweringProblem::message).toList());
		}
		return lowering.graph();
	}
}
