package dev.tinyforge.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.codegen.Target;
import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.lowering.LoweringProblem;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Network;

/**
 * The {@link GenerationJob}s of the deploys of a valid .tinyml file: each network's graph, the target its
 * {@code simd} option and device give, the optimization its {@code optimize} option and device give, and its
 * {@code output} folder, relative to the file. Every deploy is
 * checked before any is generated, so a bad one leaves all folders as they were.
 */
final class DeployJobs {

	private static final String DEFAULT_FOLDER = "generated";

	private final String file;
	private final Path path;
	private final String outDir;
	private final Target target;

	/**
	 * @param file as the user wrote it, for messages
	 * @param outDir the --out folder, or null for each deploy's own
	 * @param target the --target, or null for each deploy's own
	 */
	DeployJobs(String file, Path path, String outDir, Target target) {
		this.file = file;
		this.path = path;
		this.outDir = outDir;
		this.target = target;
	}

	/**
	 * @param deployments the file's deploys, all resolved (the file has no errors)
	 * @param choice the --deploy option, null for all
	 */
	List<GenerationJob> plan(List<Deployment> deployments, String choice) throws CommandFailure {
		List<Deployment> chosen = select(deployments, choice);
		if (outDir != null && chosen.size() > 1) {
			throw CommandFailure.usage(file, "has " + chosen.size() + " deploys and --out takes one: pick it with"
					+ " --deploy N");
		}
		List<GenerationJob> jobs = new ArrayList<>();
		Set<Path> folders = new HashSet<>();
		for (Deployment deployment : chosen) {
			GenerationJob job = job(deployment);
			if (!folders.add(job.folder().toAbsolutePath().normalize())) {
				throw CommandFailure.failed(file, "two deploys write to " + job.folder()
						+ ": give each its own output folder");
			}
			jobs.add(job);
		}
		return jobs;
	}

	/** By number from 1, or all the deploys of the network of that name. */
	private List<Deployment> select(List<Deployment> deployments, String choice) throws CommandFailure {
		if (deployments.isEmpty()) {
			throw CommandFailure.usage(file, "deploys nothing: add a deploy NETWORK on DEVICE");
		}
		if (choice == null) {
			return deployments;
		}
		if (choice.matches("[0-9]+")) {
			int number = Integer.parseInt(choice);
			if (number < 1 || number > deployments.size()) {
				throw CommandFailure.usage(file, "has " + deployments.size() + " deploys: --deploy " + choice
						+ " is not one of 1.." + deployments.size());
			}
			return List.of(deployments.get(number - 1));
		}
		List<Deployment> named = deployments.stream().filter(d -> choice.equals(d.getNetwork().getName())).toList();
		if (named.isEmpty()) {
			throw CommandFailure.usage(file, "deploys no network '" + choice + "'; it deploys " + deployments.stream()
					.map(d -> d.getNetwork().getName()).distinct().collect(Collectors.joining(", ")));
		}
		return named;
	}

	private GenerationJob job(Deployment deployment) throws CommandFailure {
		Network network = deployment.getNetwork();
		String name = network.getName();
		if (network.getModelFile() == null) {
			throw CommandFailure.failed(file, "network '" + name + "' has no weights: import a trained .tflite with"
					+ " `network " + name + " from \"model.tflite\"`");
		}
		// The file is valid, but a network may come from a file beside it that has errors of its own.
		NetworkAnalyses analyses = TinyMlLanguage.injector().getInstance(NetworkAnalyses.class);
		AnalyzedNetwork analyzed = analyses.get(network);
		if (!analyzed.analyzed()) {
			throw CommandFailure.problems(file,
					analyzed.lowering().problems().stream().map(LoweringProblem::message).toList());
		}
		AnalyzedNetwork deployed = analyses.get(deployment);
		PatchPlan patches = analyses.patches(deployment).plan();
		return new GenerationJob(deployed.lowering().graph(),
				new CodegenOptions(name, target == null ? GenerationTargets.of(deployment) : target,
						GenerationOptimizations.of(deployment, deployed, patches), false),
				folder(deployment), patches);
	}

	private Path folder(Deployment deployment) throws CommandFailure {
		if (outDir != null) {
			return FileChecks.path(outDir, "not a folder name");
		}
		String output = deployment.getOutput() == null ? DEFAULT_FOLDER + "/" + deployment.getNetwork().getName()
				: deployment.getOutput();
		return path.resolveSibling(FileChecks.path(output, "not a folder name")).normalize();
	}
}
