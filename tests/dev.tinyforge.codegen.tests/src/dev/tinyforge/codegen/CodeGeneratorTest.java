package dev.tinyforge.codegen;

import dev.tinyforge.testing.SharedModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.model.ir.Conv2D;
import dev.tinyforge.model.ir.Graph;

/** The files, the API and the reports, and that output replaces a folder all at once or not at all. */
class CodeGeneratorTest {

	private static final CodegenOptions OPTIONS = new CodegenOptions("person_detect", Target.ARM_DSP,
			Optimization.SPEED, true);

	private static Graph personDetect() {
		return sharedModel("person_detect");
	}

	private static Graph sharedModel(String name) {
		return SharedModel.all().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow().importGraph();
	}

	/**
	 * tinyengine_vww's PAD before its first stride-2 depthwise (#7) runs no code: the depthwise pads as it reads,
	 * and the reports and the schedule say so; the layer callback never sees the padded map, which never exists.
	 */
	@Test
	void aFusedPadRunsNoCodeAndTheReportsSayWhere(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("generated");
		GenerationResult result = CodeGenerator.generate(sharedModel("tinyengine_vww"),
				new CodegenOptions("vww", Target.ARM_DSP, Optimization.SIZE, true), out);

		LayerReport pad = result.layers().get(6);
		assertEquals("PAD", pad.op());
		assertEquals(7, pad.fusedInto());
		assertEquals("", pad.kernel());
		assertFalse(pad.outputWhole());
		String schedule = Files.readString(out.resolve("vww.c"));
		String padLayer = schedule.substring(schedule.indexOf("/* 6 PAD"), schedule.indexOf("/* 7 ")).strip();
		assertEquals(1, padLayer.lines().count(), padLayer);
		assertTrue(padLayer.contains("fused into 7"), padLayer);
		assertTrue(Files.readString(out.resolve("vww_report.txt")).contains("fused into #7"));
		assertTrue(Files.readString(out.resolve("vww_report.json")).contains("\"fused_into\": 7"));
	}

	@Test
	void writesTheModelsFilesAndReports(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("generated");
		GenerationResult result = CodeGenerator.generate(personDetect(), OPTIONS, out);

		assertEquals(List.of("person_detect.h", "person_detect.c", "person_detect_kernels.h",
				"person_detect_kernels.c", "person_detect_weights.c", "person_detect_report.txt",
				"person_detect_report.json"), result.files().stream().map(f -> f.getFileName().toString()).toList());
		assertEquals(31, result.layers().size());
		String header = Files.readString(out.resolve("person_detect.h"));
		assertTrue(header.contains("int8_t *person_detect_input(int index);"), header);
		assertTrue(header.contains("#define PERSON_DETECT_INPUT0_SHAPE { 1, 96, 96, 1 }"), header);
		assertTrue(header.contains("void person_detect_set_layer_callback("), header);
		String schedule = Files.readString(out.resolve("person_detect.c"));
		assertTrue(schedule.contains("static uint8_t arena[" + result.arenaBytes() + "] __attribute__((aligned(16)));"));
		String report = Files.readString(out.resolve("person_detect_report.txt"));
		assertTrue(report.contains("arena " + result.arenaBytes() + " bytes"), report);
		assertTrue(Files.readString(out.resolve("person_detect_report.json"))
				.contains("\"arena_bytes\": " + result.arenaBytes()));
	}

	@Test
	void withoutTheHookTheScheduleHasNoCallback(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("generated");
		CodeGenerator.generate(personDetect(), new CodegenOptions("pd", Target.PORTABLE, Optimization.SIZE, false),
				out);

		assertFalse(Files.readString(out.resolve("pd.c")).contains("callback"));
		assertFalse(Files.readString(out.resolve("pd_kernels.c")).contains("__ARM_FEATURE_DSP)\n#include"));
	}

	@Test
	void replacesThePreviousOutputEntirely(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("generated");
		Files.createDirectories(out);
		Files.writeString(out.resolve("stale.c"), "old");

		CodeGenerator.generate(personDetect(), OPTIONS, out);

		assertFalse(Files.exists(out.resolve("stale.c")));
		assertEquals(List.of("generated"), children(directory));
	}

	@Test
	void anUnsupportedOperatorFailsBeforeAnythingIsWritten(@TempDir Path directory) throws IOException {
		Graph graph = personDetect();
		Conv2D conv = (Conv2D) graph.getOperators().stream().filter(Conv2D.class::isInstance).findFirst()
				.orElseThrow();
		conv.setDilationH(2);
		Path out = directory.resolve("generated");
		Files.createDirectories(out);
		Files.writeString(out.resolve("previous.c"), "kept");

		UnsupportedOperatorException e = assertThrows(UnsupportedOperatorException.class,
				() -> CodeGenerator.generate(graph, OPTIONS, out));

		assertTrue(e.getMessage().contains("'" + conv.getName() + "' (CONV_2D)"), e.getMessage());
		assertEquals("kept", Files.readString(out.resolve("previous.c")));
		assertEquals(List.of("generated"), children(directory));
	}

	private static List<String> children(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		}
	}
}
