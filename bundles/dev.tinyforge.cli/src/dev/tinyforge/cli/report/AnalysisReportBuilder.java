package dev.tinyforge.cli.report;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Issue;

import dev.tinyforge.dsl.analysis.AnalyzedNetwork;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.analysis.NetworkAnalyses;
import dev.tinyforge.dsl.lowering.LoweringProblem;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;

/**
 * Builds the {@link AnalysisReport} of a loaded and validated .tinyml file: every deployment in it, or every network
 * when it deploys nothing. Deployments whose network or device does not resolve are left out; their linking errors
 * are among the diagnostics. Each network's report comes from {@link NetworkReportBuilder}.
 */
public final class AnalysisReportBuilder {

	private final NetworkAnalyses analyses;

	public AnalysisReportBuilder(NetworkAnalyses analyses) {
		this.analyses = Objects.requireNonNull(analyses, "analyses");
	}

	/**
	 * @param file the file as the user named it, used in the diagnostics
	 * @param issues the result of validating {@code resource}
	 */
	public AnalysisReport build(String file, Resource resource, List<Issue> issues) {
		return new AnalysisReport(file, IssueDiagnostics.of(file, issues), analyses(resource));
	}

	private List<NetworkReport> analyses(Resource resource) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return List.of();
		}
		List<Deployment> deployments = EcoreUtil2.typeSelect(model.getElements(), Deployment.class);
		if (!deployments.isEmpty()) {
			return deployments.stream().filter(AnalysisReportBuilder::resolved)
					.map(deployment -> analyze(deployment.getNetwork(), deployment)).toList();
		}
		return EcoreUtil2.typeSelect(model.getElements(), Network.class).stream()
				.map(network -> analyze(network, null)).toList();
	}

	private static boolean resolved(Deployment deployment) {
		return deployment.getNetwork() != null && !deployment.getNetwork().eIsProxy() && deployment.getDevice() != null
				&& !deployment.getDevice().eIsProxy();
	}

	/** @param deployment null to analyse the network on its own */
	private NetworkReport analyze(Network network, Deployment deployment) {
		Device device = deployment == null ? null : deployment.getDevice();
		String deviceName = device == null ? null : device.getName();
		String description = device == null ? null : device.getDescription();
		try {
			AnalyzedNetwork analyzed = deployment == null ? analyses.get(network) : analyses.get(deployment);
			if (!analyzed.analyzed()) {
				List<String> problems = analyzed.lowering().problems().stream().map(LoweringProblem::message).toList();
				return NetworkReport.notAnalyzed(network.getName(), deviceName, description, problems);
			}
			return NetworkReportBuilder.build(network.getName(), deviceName, description,
					device == null ? null : DeviceBudgets.of(device), analyzed.lowering().graph(), analyzed.graph(),
					analyzed.analysis());
		} catch (RuntimeException e) {
			return NetworkReportBuilder.notAnalyzed(network.getName(), deviceName, description, e);
		}
	}
}
