package dev.tinyforge.nas.dsl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.TestSpaces;
import dev.tinyforge.nas.TinyMlTestTexts;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.StageSpace;

/** What a search block says: the space, the settings over their defaults, and each device's limits. */
class SearchSpecsTest {

	private static final String TEXT = """
			device f746 { core cortex-m7 clock 216 MHz flash 1 MB reserve 128 KB sram 320 KB reserve 64 KB }
			device f412 { core cortex-m4 flash 1 MB sram 256 KB }
			search vww {
				devices f746, f412
				input channels 3 classes 2
				widths 0.5, 1.0
				resolutions 96, 128
				stage s1 width 24 stride 2 depth 2, 3 kernel 3, 5 expand 3, 6
				stage s2 width 40 stride 1 depth 4 kernel 7 expand 4
				max sram 200 KB
				max flash 2 MB
				maximize accuracy with "python3 eval.py --fast" parallel 4 timeout 1500 ms
				evolution {
					population 50
					mutation probability 0.2
					resolution mutation 0.3
					seed 0
				}
			}
			""";

	private final Model model = TinyMlTestTexts.parse(TEXT);
	private final SearchSpace search = (SearchSpace) model.getElements().get(2);

	@Test
	void readsTheSpace() {
		ElasticSpace space = SearchSpecs.space(search);
		assertArrayEquals(new double[] {0.5, 1.0}, space.widths());
		assertArrayEquals(new int[] {96, 128}, space.resolutions());
		assertEquals(2, space.classes());
		assertEquals(3 + 4, space.slotCount()); // slots up to each stage's largest depth
		assertArrayEquals(new int[] {3, 5}, space.stage(0).kernels());
		assertEquals(2, space.stage(0).stride());
	}

	@Test
	void readsTheWrittenSettingsOverTheDefaults() {
		EvolutionSettings d = EvolutionSettings.DEFAULTS;
		assertEquals(new EvolutionSettings(d.samples(), 50, d.generations(), d.parentRatio(), d.mutationRatio(), 0.2,
				0.3, 0), SearchSpecs.settings(search));
		assertEquals(1500, SearchSpecs.millis(search.getObjective().getTimeout()));
		assertEquals(4, search.getObjective().getParallel());
	}

	@Test
	void limitsEachDeviceByItsReservesAndTheSearchMaxima() {
		DeviceTarget f746 = SearchSpecs.target(search, (Device) model.getElements().get(0));
		assertEquals(200 * 1024, f746.limits().sramBytes()); // max sram beats 320 - 64 KB
		assertEquals(896 * 1024, f746.limits().flashBytes()); // 1 MB - 128 KB beats max flash
		DeviceTarget f412 = SearchSpecs.target(search, (Device) model.getElements().get(1));
		assertEquals(200 * 1024, f412.limits().sramBytes());
		assertEquals(1024 * 1024, f412.limits().flashBytes());
	}

	@Test
	void patchesAutoGivesEachDeviceItsOverheadBudget() {
		assertEquals(Double.NaN, SearchSpecs.target(search, search.getDevices().get(0)).patchOverhead());
		for (String[] option : new String[][] { { "patches auto", "0.3" }, { "patches auto overhead 20 %", "0.2" },
				{ "patches off", "NaN" } }) {
			SearchSpace patched = (SearchSpace) TinyMlTestTexts.parse(TEXT.replace("max flash 2 MB",
					"max flash 2 MB\n" + option[0])).getElements().get(2);
			assertEquals(Double.parseDouble(option[1]),
					SearchSpecs.target(patched, patched.getDevices().get(0)).patchOverhead(), option[0]);
		}
	}

	@Test
	void theExampleProjectHoldsMcunetsSpaces() throws IOException {
		Model example = TinyMlTestTexts
				.parse(Files.readString(Path.of("../../example-projects/tinynas/mcunet-search.tinyml")));
		SearchSpace mcunet = (SearchSpace) example.getElements().get(2);
		ElasticSpace space = SearchSpecs.space(mcunet);
		assertEquals(108, space.widths().length * space.resolutions().length);
		assertEquals(TestSpaces.mcunet108().stages().stream().map(StageSpace::baseWidth).toList(),
				space.stages().stream().map(StageSpace::baseWidth).toList());
		assertEquals(EvolutionSettings.DEFAULTS, SearchSpecs.settings(mcunet));
		assertEquals(320 * 1024, SearchSpecs.target(mcunet, mcunet.getDevices().get(0)).limits().sramBytes());
	}

	@Test
	void refusesRatiosThatDoNotAddUp() {
		String text = TEXT.replace("seed 0", "parent ratio 0.6 mutation ratio 0.6");
		SearchSpace bad = (SearchSpace) TinyMlTestTexts.parse(text).getElements().get(2);
		SearchException e = assertThrows(SearchException.class, () -> SearchSpecs.settings(bad));
		assertEquals("search vww: evolution settings out of range", e.getMessage().substring(0, 43));
	}
}
