package dev.tinyforge.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.testing.SharedModel;

/** Generating again over an earlier generation keeps the user's USER CODE sections, or changes nothing. */
class RegenerationTest {

	private static final CodegenOptions OPTIONS = new CodegenOptions("hw", Target.PORTABLE, Optimization.SIZE, false);
	private static final String INCLUDES = "/* USER CODE BEGIN Includes */\n";
	private static final String POST_INVOKE = "\t/* USER CODE BEGIN PostInvoke */\n";

	private static Graph graph;

	@BeforeAll
	static void importModel() {
		graph = SharedModel.all().stream().filter(m -> m.name().equals("hello_world_int8")).findFirst()
				.orElseThrow().importGraph();
	}

	@Test
	void keepsWhatTheUserWroteBetweenTheMarkers(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("hw");
		CodeGenerator.generate(graph, OPTIONS, out);
		edit(out.resolve("hw.h"), INCLUDES, INCLUDES + "#include \"board.h\"\n");
		edit(out.resolve("hw.c"), POST_INVOKE, POST_INVOKE + "\tled_toggle();\n");

		CodeGenerator.generate(graph, new CodegenOptions("hw", Target.ARM_DSP, Optimization.SPEED, false), out);

		assertTrue(Files.readString(out.resolve("hw.h")).contains(INCLUDES + "#include \"board.h\"\n"));
		assertTrue(Files.readString(out.resolve("hw.c")).contains(POST_INVOKE + "\tled_toggle();\n"));
		assertTrue(Files.readString(out.resolve("hw_report.txt")).contains("ARM_DSP"));
	}

	@Test
	void brokenMarkersLeaveTheFolderAsItWas(@TempDir Path directory) throws IOException {
		Path out = directory.resolve("hw");
		CodeGenerator.generate(graph, OPTIONS, out);
		edit(out.resolve("hw.c"), "/* USER CODE END PreInvoke */", "");
		Map<String, String> before = contents(out);

		UserCodeException e = assertThrows(UserCodeException.class,
				() -> CodeGenerator.generate(graph, new CodegenOptions("hw", Target.ARM_DSP, Optimization.SPEED, false),
						out));

		assertTrue(e.getMessage().endsWith("/* USER CODE BEGIN PostInvoke */ inside section PreInvoke"),
				e.getMessage());
		assertEquals(before, contents(out));
		try (Stream<Path> children = Files.list(directory)) {
			assertEquals(List.of(out), children.toList());
		}
	}

	private static void edit(Path file, String text, String replacement) throws IOException {
		String before = Files.readString(file);
		assertTrue(before.contains(text), file + " lacks " + text);
		Files.writeString(file, before.replace(text, replacement));
	}

	private static Map<String, String> contents(Path folder) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				contents.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return contents;
	}
}
