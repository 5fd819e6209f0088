package dev.tinyforge.nas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.diagnostics.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.Network;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.TinyMlTestTexts;
import dev.tinyforge.nas.evolution.Candidate;
import dev.tinyforge.nas.run.WinnerNetworks.NamedSubnet;
import dev.tinyforge.testing.SearchTexts;

/** A search block run as the CLI and the IDE run it: its progress events, and its winners put into the file. */
class SearchBlockRunnerTest {

	private static final String FILE = SearchTexts.TWO_BOARDS + """

			network other {
				input image 32x32x3 int8
				conv c filters 8 kernel 3x3
			}
			""";

	/** Records the events of a search, per device. */
	private static final class Recorder implements SearchMonitor {
		final Map<String, List<Candidate>> generations = new LinkedHashMap<>();
		final List<DeviceResult> finished = new ArrayList<>();
		String device;

		@Override
		public void begin(String task, int units) {
		}

		@Override
		public void worked(int units) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}

		@Override
		public void deviceStarted(DeviceTarget target) {
			device = target.name();
			generations.put(device, new ArrayList<>());
		}

		@Override
		public void generation(int generation, Candidate best) {
			List<Candidate> seen = generations.get(device);
			assertEquals(seen.size(), generation, "generations arrive in order");
			seen.add(best);
		}

		@Override
		public void deviceFinished(DeviceResult result) {
			assertEquals(device, result.device().name());
			finished.add(result);
		}
	}

	private static SearchSpace search(Model model) {
		return EcoreUtil2.typeSelect(model.getElements(), SearchSpace.class).get(0);
	}

	private static SearchRun run(SearchSpace search, SearchMonitor monitor) {
		return SearchBlockRunner.run(search, SearchTargets.of(search, search.getDevices()), Path.of("."), 2,
				EvaluatorSetting.NONE, monitor);
	}

	@Test
	void everyGenerationReportsTheBestSoFarPerDeviceAndTheFrontArrivesAtTheEnd() {
		SearchSpace search = search(TinyMlTestTexts.parse(FILE));
		Recorder recorder = new Recorder();
		SearchRun run = run(search, recorder);

		assertEquals("tiny", run.name());
		assertEquals("MACs", run.objective());
		assertEquals(List.of("f746", "f412"), List.copyOf(recorder.generations.keySet()));
		assertEquals(run.devices(), recorder.finished);
		for (DeviceResult result : run.devices()) {
			List<Candidate> bests = recorder.generations.get(result.device().name());
			assertEquals(7, bests.size(), "the initial population and 6 generations");
			for (int g = 1; g < bests.size(); g++) {
				assertTrue(bests.get(g).score() >= bests.get(g - 1).score(), "generation " + g + " lost ground");
			}
			assertEquals(result.best(), bests.get(bests.size() - 1));
			assertEquals(result.best().metrics().macs(), (long) result.best().score());
			assertFalse(result.pareto().isEmpty());
		}
	}

	@Test
	void theWinnersBecomeNetworksAfterTheSearchBlockThatParseAndValidate() {
		Model model = TinyMlTestTexts.parse(FILE);
		SearchSpace search = search(model);
		SearchRun run = run(search, SearchMonitor.NONE);
		List<NamedSubnet> winners = run.devices().stream().map(device -> new NamedSubnet(
				WinnerNetworks.name("tiny", device.device().name()), device.best().subnet())).toList();
		WinnerNetworks networks = TinyMlTestTexts.injector().getInstance(WinnerNetworks.class);
		TextReplacement insertion = networks.insertion(search, run.space(), winners,
				WinnerNetworks.declared(search));

		assertEquals(FILE.indexOf("\n\nnetwork other"), insertion.offset());
		assertTrue(insertion.text().startsWith("\n\nnetwork tiny_f746 {\n\tinput image "), insertion.text());
		String applied = TextReplacement.apply(FILE, List.of(insertion))
				+ "\ndeploy tiny_f746 on f746\n\ndeploy tiny_f412 on f412\n";
		Model result = TinyMlTestTexts.parse(applied);
		List<Issue> errors = TinyMlTestTexts.injector().getInstance(IResourceValidator.class)
				.validate(result.eResource(), CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		assertEquals(List.of(), errors);
		assertEquals(Set.of("tiny_f746", "tiny_f412", "other"), WinnerNetworks.declared(search(result)));
		Network f746 = EcoreUtil2.typeSelect(result.getElements(), Network.class).get(0);
		assertEquals("tiny_f746", f746.getName());
	}

	@Test
	void aNameInUseIsRefused() {
		SearchSpace search = search(TinyMlTestTexts.parse(FILE));
		SearchRun run = run(search, SearchMonitor.NONE);
		WinnerNetworks networks = TinyMlTestTexts.injector().getInstance(WinnerNetworks.class);
		SearchException e = assertThrows(SearchException.class, () -> networks.insertion(search, run.space(),
				List.of(new NamedSubnet("other", run.devices().get(0).best().subnet())),
				WinnerNetworks.declared(search)));
		assertEquals("already holds a network other; rename or remove it to apply the search again", e.getMessage());
	}

	@Test
	void aBadEvaluatorCommandIsASearchErrorNamingTheBlock() {
		SearchSpace search = search(TinyMlTestTexts.parse(FILE.replace("maximize macs",
				"maximize accuracy with \"sh 'unclosed\"")));
		SearchException e = assertThrows(SearchException.class, () -> run(search, SearchMonitor.NONE));
		assertTrue(e.getMessage().startsWith("search tiny: "), e.getMessage());
	}

	@Test
	void accuracyWithoutACommandNeedsTheToolsEvaluator() {
		SearchSpace search = search(TinyMlTestTexts.parse(FILE.replace("maximize macs", "maximize accuracy")));
		SearchException e = assertThrows(SearchException.class, () -> run(search, SearchMonitor.NONE));
		assertEquals("search tiny: 'maximize accuracy' names no evaluator: write 'with \"COMMAND\"' or set one"
				+ " (command line: --evaluator COMMAND; Eclipse: Preferences > TinyForge)", e.getMessage());
	}

	@Test
	void theToolsEvaluatorScoresABlockThatNamesNone(@TempDir Path folder) throws Exception {
		Files.writeString(folder.resolve("score.sh"), "echo 0.625\n");
		SearchSpace search = search(TinyMlTestTexts.parse(FILE.replace("maximize macs", "maximize accuracy")));
		SearchRun run = SearchBlockRunner.run(search, SearchTargets.of(search, search.getDevices()), folder, 2,
				new EvaluatorSetting("sh score.sh", 2), SearchMonitor.NONE);
		assertTrue(run.objective().contains("score.sh"), run.objective());
		assertEquals(List.of(), run.failures());
		for (DeviceResult result : run.devices()) {
			assertEquals(0.625, result.best().score(), 1e-9);
		}
	}
}
