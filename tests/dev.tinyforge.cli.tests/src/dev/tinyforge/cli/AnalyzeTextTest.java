package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tinyforge analyze FILE}: diagnostics on stderr, the report on stdout, the exit code for CI. */
class AnalyzeTextTest {

	@TempDir
	Path folder;

	@Test
	void fittingDeploymentUsesDevicesAndNetworksOfOtherFiles() {
		Path app = Projects.deployment(folder, "deploy small on roomy\n");
		CliRun run = CliRun.of("analyze", app.toString());
		assertEquals("", run.err());
		assertEquals(0, run.exitCode(), run.out());
		assertTrue(run.out().startsWith("deploy small on roomy (A roomy board)\n"), run.out());
		assertTrue(run.out().contains("\n  => FITS\n"), run.out());
	}

	@Test
	void deploymentThatDoesNotFitShowsTheBytesOver() {
		Path app = Projects.deployment(folder, "deploy small on cramped\n");
		CliRun run = CliRun.of("analyze", app.toString());
		assertEquals(1, run.exitCode());
		TextReport report = new TextReport(run.out());
		long sramOver = report.needed("SRAM") - report.available("SRAM");
		assertTrue(sramOver > 0, run.out());
		String over = String.format(Locale.ROOT, "%,d", sramOver);
		assertTrue(run.out().contains("=> DOES NOT FIT: SRAM " + over + " B over"), run.out());
		// the validator reports it too, at the deployed network
		assertTrue(run.err().startsWith(app + ":1:8: error: "), run.err());
	}

	@Test
	void errorsUseTheCompilerFormatWithThePathAsGiven() {
		Projects.write(folder, "devices.tinyml", Projects.DEVICES);
		String text = Projects.NETWORK.replace("kernel 3x3 stride 2", "kernel 4x4 stride 2")
				+ "deploy small on nowhere\n";
		Path file = Projects.write(folder, "app.tinyml", text);
		String relative = Path.of("").toAbsolutePath().relativize(file.toAbsolutePath()).toString();
		CliRun run = CliRun.of("analyze", relative);
		assertEquals(1, run.exitCode());
		String[] lines = run.err().split("\n");
		assertEquals(2, lines.length, run.err());
		assertTrue(lines[0].startsWith(relative + ":3:" + column(text, 3, "4x4") + ": error: Kernel 4x4 has no centre"),
				lines[0]);
		assertTrue(lines[1].startsWith(relative + ":11:" + column(text, 11, "nowhere") + ": error: "), lines[1]);
		assertTrue(lines[1].contains("nowhere"), lines[1]);
		assertFalse(run.showsStackTrace());
	}

	@Test
	void warningsAloneDoNotFail() {
		String device = "device m0 { core cortex-m0plus features dsp flash 1 MB sram 256 KB }\n";
		Path app = Projects.deployment(folder, device + "deploy small on m0\n");
		CliRun run = CliRun.of("analyze", app.toString());
		String location = app + ":1:" + column(device, 1, "dsp");
		assertTrue(run.err().startsWith(location + ": warning: A cortex-m0plus has no dsp"), run.err());
		assertEquals(0, run.exitCode(), run.err());
	}

	@Test
	void peakMarkerIsOnTheRowWithTheMostLiveBytes() {
		Path app = Projects.deployment(folder, "deploy small on roomy\n");
		TextReport report = new TextReport(CliRun.of("analyze", app.toString()).out());
		TextReport.Row mostLive = report.rows.stream().max(Comparator.comparingLong(TextReport.Row::liveBytes)
				.thenComparing(Comparator.comparingInt(TextReport.Row::step).reversed())).orElseThrow();
		assertEquals(1, report.rows.stream().filter(TextReport.Row::markedPeak).count());
		assertTrue(mostLive.markedPeak(), mostLive.toString());
	}

	@Test
	void blocksExpandToOperatorsThatNameTheirOrigin() {
		Path app = Projects.deployment(folder, "deploy small on roomy\n");
		TextReport report = new TextReport(CliRun.of("analyze", app.toString()).out());
		assertTrue(report.rows.stream().anyMatch(row -> row.name().equals("b2/dw")), report.rows.toString());
		assertEquals(report.total("MACs"), report.rows.stream().mapToLong(TextReport.Row::macs).sum());
	}

	@Test
	void fileWithoutDeploymentReportsItsNetworksWithoutVerdict() {
		Path file = Projects.write(folder, "small.tinyml", Projects.NETWORK);
		CliRun run = CliRun.of("analyze", file.toString());
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("network small\n"), run.out());
		assertFalse(run.out().contains("=>"), run.out());
	}

	@Test
	void networkThatCannotBeLoweredIsNotAnalysed() {
		Path file = Projects.write(folder, "flat.tinyml", """
				network flat {
					input image 32x32x3 int8
					flatten f
					conv c filters 8 kernel 3x3
				}
				""");
		CliRun run = CliRun.of("analyze", file.toString());
		assertEquals(1, run.exitCode());
		assertTrue(run.out().contains("\n  not analysed: 'c' needs an HxWxC input"), run.out());
		assertFalse(run.showsStackTrace());
	}

	/** The 1-based column of {@code word} on the 1-based {@code line} of {@code text}. */
	private static int column(String text, int line, String word) {
		return text.lines().skip(line - 1).findFirst().orElseThrow().indexOf(word) + 1;
	}
}
