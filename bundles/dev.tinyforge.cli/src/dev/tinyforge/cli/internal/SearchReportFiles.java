package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.evaluator.ArchitectureJson;
import dev.tinyforge.nas.evaluator.EvaluatorFailure;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.nas.run.WinnerNetworks;
import dev.tinyforge.nas.run.WinnerNetworks.NamedSubnet;
import dev.tinyforge.nas.stage1.SpaceStatistics;

/**
 * What a search writes: the JSON report, and with {@code --apply} the winners as networks in the .tinyml file.
 * Each file is written whole to a temporary file beside it and then moved over it, so a reader never sees half
 * of one.
 */
final class SearchReportFiles {

	private SearchReportFiles() {
	}

	static void writeJson(Path file, List<SearchRun> runs) throws CommandFailure {
		JsonArray searches = new JsonArray();
		for (SearchRun run : runs) {
			JsonObject search = new JsonObject();
			search.addProperty("search", run.name());
			search.addProperty("objective", run.objective());
			JsonArray devices = new JsonArray();
			for (DeviceResult result : run.devices()) {
				devices.add(device(run, result));
			}
			search.add("devices", devices);
			JsonArray failures = new JsonArray();
			for (EvaluatorFailure failure : run.failures()) {
				JsonObject json = new JsonObject();
				json.addProperty("subnet", failure.subnet());
				json.addProperty("reason", failure.reason());
				failures.add(json);
			}
			search.add("evaluatorFailures", failures);
			searches.add(search);
		}
		JsonObject report = new JsonObject();
		report.add("searches", searches);
		write(file, new GsonBuilder().setPrettyPrinting().create().toJson(report) + "\n");
	}

	private static JsonObject device(SearchRun run, DeviceResult result) {
		JsonObject json = new JsonObject();
		json.addProperty("device", result.device().name());
		json.addProperty("sramLimitBytes", result.device().limits().sramBytes());
		json.addProperty("flashLimitBytes", result.device().limits().flashBytes());
		if (result.device().limits().constrainsLatency()) {
			json.addProperty("latencyLimitMs", result.device().limits().latencyMs());
		}
		JsonArray spaces = new JsonArray();
		for (SpaceStatistics space : result.spaces().spaces()) {
			JsonObject s = new JsonObject();
			s.addProperty("width", space.width());
			s.addProperty("resolution", space.resolution());
			s.addProperty("samples", space.samples());
			s.addProperty("fitting", space.fitting());
			s.addProperty("meanFittingMacs", space.meanFittingMacs());
			JsonArray cdf = new JsonArray();
			for (long macs : space.macsCdf()) {
				cdf.add(macs);
			}
			s.add("macsCdfEvery5Percent", cdf);
			spaces.add(s);
		}
		json.add("stage1", spaces);
		json.addProperty("chosenSpace", result.spaces().chosen());
		json.add("best", candidate(run, result.best()));
		JsonArray pareto = new JsonArray();
		for (Candidate candidate : result.pareto()) {
			pareto.add(candidate(run, candidate));
		}
		json.add("pareto", pareto);
		json.addProperty("evaluated", result.evaluated());
		return json;
	}

	private static JsonObject candidate(SearchRun run, Candidate candidate) {
		JsonObject json = ArchitectureJson.of(run.space(), candidate.subnet(), candidate.metrics());
		json.addProperty("score", candidate.score());
		return json;
	}

	/**
	 * Adds each device's winner as a formatted network {@code SEARCH_DEVICE} after its search block.
	 *
	 * @return the names of the networks added
	 * @throws CommandFailure when the file already holds a network of such a name, or cannot be written
	 */
	static List<String> apply(String file, Path path, List<SearchRun> runs, Resource resource) throws CommandFailure {
		Model model = (Model) resource.getContents().get(0);
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw CommandFailure.usage(file, "cannot read: " + e.getMessage());
		}
		WinnerNetworks winners = TinyMlLanguage.injector().getInstance(WinnerNetworks.class);
		Set<String> taken = new HashSet<>();
		List<String> added = new ArrayList<>();
		List<TextReplacement> insertions = new ArrayList<>();
		for (SearchSpace search : EcoreUtil2.typeSelect(model.getElements(), SearchSpace.class)) {
			taken.addAll(WinnerNetworks.declared(search));
			SearchRun run = runs.stream().filter(r -> r.name().equals(search.getName())).findFirst().orElseThrow();
			List<NamedSubnet> networks = run.devices().stream().map(device -> new NamedSubnet(
					WinnerNetworks.name(search.getName(), device.device().name()), device.best().subnet())).toList();
			try {
				insertions.add(winners.insertion(search, run.space(), networks, taken));
			} catch (SearchException e) {
				throw CommandFailure.failed(file, e.getMessage());
			}
			networks.forEach(network -> {
				taken.add(network.name());
				added.add(network.name());
			});
		}
		write(path, TextReplacement.apply(text, insertions));
		return added;
	}

	/**
	 * A temporary file is readable by its owner only; the file it replaces keeps its permissions, and a new one gets
	 * those of an ordinary file. Nothing to do where the file system has no POSIX permissions.
	 */
	private static void keepPermissions(Path file, Path temporary) throws IOException {
		if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
			return;
		}
		Files.setPosixFilePermissions(temporary, Files.exists(file) ? Files.getPosixFilePermissions(file)
				: PosixFilePermissions.fromString("rw-r--r--"));
	}

	private static void write(Path file, String text) throws CommandFailure {
		Path absolute = file.toAbsolutePath();
		Path temporary = null;
		try {
			temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
			Files.writeString(temporary, text, StandardCharsets.UTF_8);
			keepPermissions(absolute, temporary);
			try {
				Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (IOException e) {
			throw CommandFailure.usage(file.toString(), "cannot write: " + e.getMessage());
		} finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				} catch (IOException e) {
					// the move took it, or it is a stray temporary file; the command's outcome stands
				}
			}
		}
	}
}
