package dev.tinyforge.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.EcoreUtil2;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.report.Diagnostic;
import dev.tinyforge.cli.report.IssueDiagnostics;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.run.EvaluatorSetting;
import dev.tinyforge.nas.run.SearchBlockRunner;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.nas.run.SearchTargets;

/**
 * {@code tinyforge search FILE.tinyml [--device D] [--apply] [--json FILE]}: runs each {@code search} block of a
 * valid file for its devices (or for device D only), prints the ranking, writes the JSON report (to
 * {@code FILE.search.json} unless told otherwise) and with {@code --apply} adds each device's winner to the file
 * as a formatted network. Files are written only after every search has finished.
 */
public final class SearchCommand {

	static final String REPORT_SUFFIX = ".search.json";

	private final PrintStream out;
	private final PrintStream err;

	public SearchCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param device a device's name to search for instead of the search block's devices; null for those
	 * @param report the JSON report's file, null for {@code FILE.search.json}
	 * @param evaluator the accuracy evaluator command of search blocks that name none, null for none
	 */
	public ExitStatus run(String file, String device, boolean apply, String report, String evaluator) {
		try {
			Path path = FileChecks.readable(file, FileChecks.TINYML);
			Path reportPath = report == null ? path.resolveSibling(path.getFileName() + REPORT_SUFFIX)
					: FileChecks.path(report, "not a file name");
			ValidatedProject project = ValidatedProject.load(path);
			List<Diagnostic> diagnostics = IssueDiagnostics.of(file, project.issues());
			if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
				throw CommandFailure.diagnostics(diagnostics);
			}
			DiagnosticPrinter.print(diagnostics, err);
			List<SearchSpace> searches = project.elements(SearchSpace.class);
			if (searches.isEmpty()) {
				throw CommandFailure.failed(file, "holds no search block");
			}
			List<SearchRun> runs = new ArrayList<>();
			for (SearchSpace search : searches) {
				runs.add(search(file, path, search, devices(file, project, search, device), evaluator));
			}
			runs.forEach(run -> SearchRankingPrinter.print(run, out));
			if (apply) {
				for (String network : SearchReportFiles.apply(file, path, runs, project.resource())) {
					out.println("applied: network " + network + " added to " + file);
				}
			}
			SearchReportFiles.writeJson(reportPath, runs);
			out.println("report: " + reportPath);
			return ExitStatus.OK;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	private SearchRun search(String file, Path path, SearchSpace search, List<DeviceTarget> devices,
			String evaluator) throws CommandFailure {
		try {
			SearchRun run = SearchBlockRunner.run(search, devices, path.toAbsolutePath().getParent(),
					Runtime.getRuntime().availableProcessors(),
					evaluator == null ? EvaluatorSetting.NONE : new EvaluatorSetting(evaluator, 1),
					new ConsoleSearchMonitor(err));
			run.failures().forEach(failure -> err.println(file + ": search " + search.getName()
					+ ": evaluator failed on " + failure.subnet() + ": " + failure.reason()));
			return run;
		} catch (SearchException e) {
			throw CommandFailure.failed(file, e.getMessage());
		}
	}

	private static List<DeviceTarget> devices(String file, ValidatedProject project, SearchSpace search, String name)
			throws CommandFailure {
		List<Device> devices;
		if (name != null) {
			devices = project.resource().getResourceSet().getResources().stream()
					.flatMap(resource -> EcoreUtil2.typeSelect(resource.getContents().isEmpty() ? List.of()
							: ((Model) resource.getContents().get(0)).getElements(), Device.class).stream())
					.filter(device -> name.equals(device.getName())).limit(1).toList();
			if (devices.isEmpty()) {
				throw CommandFailure.usage(file, "--device " + name + ": no such device in the file or its folder");
			}
		} else {
			devices = search.getDevices();
			if (devices.isEmpty()) {
				throw CommandFailure.failed(file, "search " + search.getName()
						+ " names no devices: add 'devices NAME, ...' or pass --device NAME");
			}
		}
		try {
			return SearchTargets.of(search, devices);
		} catch (SearchException e) {
			throw CommandFailure.failed(file, e.getMessage());
		}
	}
}
