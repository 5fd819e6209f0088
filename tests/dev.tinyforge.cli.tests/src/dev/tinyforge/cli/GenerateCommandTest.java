package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code tinyforge generate}: the C of each deploy of a .tinyml file, or of a .tflite model. */
class GenerateCommandTest {

	private static final String PERSON_DETECT = SharedModels.model("person_detect");

	private static final List<String> PD_FILES = List.of("pd.h", "pd.c", "pd_kernels.h", "pd_kernels.c",
			"pd_weights.c", "pd_report.txt", "pd_report.json");

	@TempDir
	Path folder;

	@Test
	void deployIsGeneratedIntoItsOutputFolder() throws IOException {
		Path file = project("board", "output \"out\"");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertEquals("", run.err());
		Path out = folder.resolve("out");
		assertTrue(run.out().matches(Pattern.quote(out.toString()) + ": arm-dsp, arena [0-9,]+ B \\(.*\\), 7 files: "
				+ String.join(", ", PD_FILES) + "\n"), run.out());
		assertEquals(PD_FILES.stream().sorted().toList(), fileNames(out));
	}

	@Test
	void headerDeclaresTheArenaOfTheAnalysis() throws IOException {
		Path file = project("board", "output \"out\"");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		CliRun analyze = CliRun.of("analyze", file.toString(), "--json");
		long arena = JsonParser.parseString(analyze.out()).getAsJsonObject().getAsJsonArray("analyses").get(0)
				.getAsJsonObject().getAsJsonObject("totals").get("arenaBytes").getAsLong();
		Matcher define = Pattern.compile("#define PD_ARENA_BYTES (\\d+)\n")
				.matcher(Files.readString(folder.resolve("out/pd.h")));
		assertTrue(define.find());
		assertEquals(arena, Long.parseLong(define.group(1)));
	}

	@Test
	void patchesAutoGeneratesThePatchPlanTheAnalysisReports() throws IOException {
		Path file = project("board", "output \"out\" patches auto");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		JsonObject analysis = JsonParser.parseString(CliRun.of("analyze", file.toString(), "--json").out())
				.getAsJsonObject().getAsJsonArray("analyses").get(0).getAsJsonObject();
		assertTrue(analysis.has("patches"), analysis.toString());
		Matcher define = Pattern.compile("#define PD_ARENA_BYTES (\\d+)\n")
				.matcher(Files.readString(folder.resolve("out/pd.h")));
		assertTrue(define.find());
		assertEquals(analysis.getAsJsonObject("totals").get("arenaBytes").getAsLong(), Long.parseLong(define.group(1)));
		assertTrue(Files.readString(folder.resolve("out/pd_report.txt")).contains("patches: "));
	}

	@Test
	void secondRunReplacesTheFolder() throws IOException {
		Path file = project("board", "output \"out\"");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		Files.writeString(folder.resolve("out/stale.c"), "/* from an earlier network */\n");
		CliRun again = CliRun.of("generate", file.toString());
		assertEquals(0, again.exitCode(), again.err());
		assertEquals(PD_FILES.stream().sorted().toList(), fileNames(folder.resolve("out")));
	}

	@Test
	void failingRunLeavesThePreviousFolderUntouched() throws IOException {
		Path file = project("board", "output \"out\"");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		Map<String, String> before = contents(folder.resolve("out"));

		project("cramped", "output \"out\"");
		CliRun run = CliRun.of("generate", file.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(file + ":"), run.err());
		assertTrue(run.err().contains("of SRAM"), run.err());
		assertEquals("", run.out());
		assertEquals(before, contents(folder.resolve("out")));
	}

	@Test
	void userCodeIsKeptAndBrokenMarkersStopWithTheLine() throws IOException {
		Path file = project("board", "output \"out\"");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		Path schedule = folder.resolve("out/pd.c");
		String postInvoke = "\t/* USER CODE BEGIN PostInvoke */\n";
		Files.writeString(schedule, Files.readString(schedule).replace(postInvoke, postInvoke + "\tmine();\n"));
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		assertTrue(Files.readString(schedule).contains(postInvoke + "\tmine();\n"));

		Files.writeString(schedule, Files.readString(schedule).replace("/* USER CODE END PostInvoke */", ""));
		Map<String, String> before = contents(folder.resolve("out"));
		CliRun run = CliRun.of("generate", file.toString());

		assertEquals(1, run.exitCode());
		assertTrue(run.err().matches("tinyforge: " + Pattern.quote(schedule.toString())
				+ ":\\d+: USER CODE BEGIN PostInvoke has no END; nothing was regenerated\n"), run.err());
		assertEquals(before, contents(folder.resolve("out")));
	}

	@Test
	void defaultFolderIsGeneratedNetworkBesideTheFile() {
		Path file = project("board", "");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(Files.isRegularFile(folder.resolve("generated/pd/pd.h")));
	}

	@Test
	void simdOffAndCoresWithoutDspGetPortableKernels() throws IOException {
		Path file = project("board", "output \"out\" simd off");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		assertFalse(Files.readString(folder.resolve("out/pd_kernels.c")).contains("arm_acle.h"));

		project("tiny_core", "output \"out\"");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains(": portable, arena "), run.out());
	}

	@Test
	void optimizeAutoWidensTheWeightsOnlyWhereTheFlashHasRoomForThem() throws IOException {
		// person_detect's int8 constants fit 320 KB; with its 1x1 convolutions' weights widened they do not
		Path file = Projects.write(folder, "pd.tinyml", network("pd") + DEVICES + """
				device snug {
					core cortex-m7
					flash 320 KB
					sram 320 KB
				}

				deploy pd on board { output "roomy" }
				deploy pd on board { output "sized" optimize size }
				deploy pd on snug { output "snug" }
				deploy pd on snug { output "forced" optimize speed }
				""");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(widened("roomy"));
		assertFalse(widened("sized"));
		assertFalse(widened("snug"));
		assertTrue(widened("forced"));
	}

	/** Whether the kernels read widened weights. */
	private boolean widened(String output) throws IOException {
		return Files.readString(folder.resolve(output).resolve("pd_kernels.c")).contains("tf_load_quad");
	}

	@Test
	void targetOptionOverridesTheDeploy() throws IOException {
		Path file = project("board", "output \"out\"");
		CliRun run = CliRun.of("generate", file.toString(), "--target", "portable");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains(": portable, arena "), run.out());
		assertFalse(Files.readString(folder.resolve("out/pd_kernels.c")).contains("arm_acle.h"));
	}

	@Test
	void outOptionAndDeployOption() {
		Path file = Projects.write(folder, "pd.tinyml", network("pd") + DEVICES
				+ "deploy pd on board { output \"a\" }\ndeploy pd on tiny_core { output \"b\" }\n");
		Path out = folder.resolve("elsewhere");

		CliRun both = CliRun.of("generate", file.toString(), "--out", out.toString());
		assertEquals(2, both.exitCode());
		assertEquals("tinyforge: " + file + ": has 2 deploys and --out takes one: pick it with --deploy N\n",
				both.err());

		CliRun second = CliRun.of("generate", file.toString(), "--deploy", "2", "--out", out.toString());
		assertEquals(0, second.exitCode(), second.err());
		assertTrue(second.out().startsWith(out + ": portable, "), second.out());
		assertFalse(Files.exists(folder.resolve("a")));

		CliRun byName = CliRun.of("generate", file.toString(), "--deploy", "pd");
		assertEquals(0, byName.exitCode(), byName.err());
		assertEquals(2, byName.out().lines().count(), byName.out());
	}

	@Test
	void unknownDeploy() {
		Path file = project("board", "");
		CliRun byNumber = CliRun.of("generate", file.toString(), "--deploy", "3");
		assertEquals(2, byNumber.exitCode());
		assertEquals("tinyforge: " + file + ": has 1 deploys: --deploy 3 is not one of 1..1\n", byNumber.err());
		CliRun byName = CliRun.of("generate", file.toString(), "--deploy", "vww");
		assertEquals(2, byName.exitCode());
		assertEquals("tinyforge: " + file + ": deploys no network 'vww'; it deploys pd\n", byName.err());
	}

	@Test
	void twoDeploysIntoOneFolder() {
		Path file = Projects.write(folder, "pd.tinyml", network("pd") + DEVICES
				+ "deploy pd on board\ndeploy pd on tiny_core\n");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals("tinyforge: " + file + ": two deploys write to " + folder.resolve("generated/pd")
				+ ": give each its own output folder\n", run.err());
		assertFalse(Files.exists(folder.resolve("generated")));
	}

	@Test
	void networkWrittenInTheDslHasNoWeights() {
		Path file = Projects.deployment(folder, "deploy small on roomy { output \"out\" }\n");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(1, run.exitCode());
		assertEquals("tinyforge: " + file + ": network 'small' has no weights: import a trained .tflite with"
				+ " `network small from \"model.tflite\"`\n", run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void errorsInTheFileStopBeforeAnythingIsWritten() {
		Path file = Projects.write(folder, "pd.tinyml", network("pd") + "deploy pd on nowhere { output \"out\" }\n");
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.err().startsWith(file + ":"), run.err());
		assertFalse(Files.exists(folder.resolve("out")));
	}

	@Test
	void fileWithoutDeploys() {
		Path file = Projects.write(folder, "pd.tinyml", network("pd"));
		CliRun run = CliRun.of("generate", file.toString());
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + file + ": deploys nothing: add a deploy NETWORK on DEVICE\n", run.err());
	}

	@Test
	void modelFileIsGeneratedIntoTheOutFolder() throws IOException {
		Path out = folder.resolve("model");
		CliRun run = CliRun.of("generate", PERSON_DETECT, "--out", out.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith(out + ": portable, arena "), run.out());
		assertTrue(Files.readString(out.resolve("person_detect.h")).contains("#define PERSON_DETECT_ARENA_BYTES "));
	}

	@Test
	void modelFileNeedsAnOutFolder() {
		CliRun run = CliRun.of("generate", PERSON_DETECT);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + PERSON_DETECT + ": a model names no output folder: give one with --out DIR\n",
				run.err());
	}

	@Test
	void deployOptionWithAModelFile() {
		CliRun run = CliRun.of("generate", PERSON_DETECT, "--out", folder.toString(), "--deploy", "1");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().contains("--deploy picks a deploy of a .tinyml file"), run.err());
	}

	@Test
	void unknownTarget() {
		CliRun run = CliRun.of("generate", PERSON_DETECT, "--target", "avx");
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: generate: --target 'avx' is not a target: use portable or"
				+ " arm-dsp\n"), run.err());
	}

	@Test
	void folderWithOtherFilesIsNotReplaced() throws IOException {
		Path mine = Files.createDirectories(folder.resolve("mine"));
		Files.writeString(mine.resolve("notes.txt"), "keep me");
		CliRun run = CliRun.of("generate", PERSON_DETECT, "--out", mine.toString());
		assertEquals(2, run.exitCode());
		assertTrue(run.err().startsWith("tinyforge: " + mine + ": holds files TinyForge did not generate"),
				run.err());
		assertEquals(List.of("notes.txt"), fileNames(mine));
	}

	@Test
	void outFolderThatIsAFile() {
		CliRun run = CliRun.of("generate", PERSON_DETECT, "--out", PERSON_DETECT);
		assertEquals(2, run.exitCode());
		assertEquals("tinyforge: " + PERSON_DETECT + ": not a folder\n", run.err());
	}

	/** The files build as C99 with the host's compiler; skipped without gcc. */
	@Test
	void generatedCodeCompiles() throws IOException, InterruptedException {
		assumeTrue(gccAvailable(), "no gcc on the PATH");
		Path file = project("board", "output \"out\"");
		assertEquals(0, CliRun.of("generate", file.toString()).exitCode());
		Process gcc = new ProcessBuilder("gcc", "-std=c99", "-c", "pd.c", "pd_kernels.c", "pd_weights.c")
				.directory(folder.resolve("out").toFile()).redirectErrorStream(true).start();
		String output = new String(gcc.getInputStream().readAllBytes());
		assertTrue(gcc.waitFor(2, TimeUnit.MINUTES));
		assertEquals(0, gcc.exitValue(), output);
	}

	/** Boards with and without the DSP extension, and one too small for person_detect. */
	private static final String DEVICES = """
			device board {
				core cortex-m7
				flash 1 MB
				sram 320 KB
			}

			device tiny_core {
				core cortex-m0plus
				flash 1 MB
				sram 320 KB
			}

			device cramped {
				core cortex-m4
				flash 1 MB
				sram 16 KB
			}
			""";

	/** pd.tinyml: person_detect deployed on {@code device} with the given deploy options. */
	private Path project(String device, String options) {
		return Projects.write(folder, "pd.tinyml", network("pd") + DEVICES + "deploy pd on " + device
				+ (options.isEmpty() ? "" : " { " + options + " }") + "\n");
	}

	/** {@code network NAME from "<person_detect.tflite>"}, the model named by its absolute path. */
	private static String network(String name) {
		return "network " + name + " from \"" + Path.of(PERSON_DETECT).toAbsolutePath().normalize() + "\"\n";
	}

	private static List<String> fileNames(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

	private static Map<String, String> contents(Path directory) throws IOException {
		Map<String, String> contents = new TreeMap<>();
		for (String name : fileNames(directory)) {
			contents.put(name, Files.readString(directory.resolve(name)));
		}
		return contents;
	}

	private static boolean gccAvailable() {
		try {
			return new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}
}
