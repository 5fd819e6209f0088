package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tinyforge.testing.Processes;

/**
 * example-projects/stm32f746g-disco-person-detection built with its own Makefile: the board build fits the
 * STM32F746NG, and the QEMU variant of the same application prints TFLM's scores and class for the person and
 * no-person images. The C is generated into a temporary folder, and so is everything the build writes.
 */
class DiscoveryBoardExampleTest {

	private static final Pattern SIZES = Pattern.compile("Flash (\\d+) of (\\d+) B, SRAM (\\d+) of (\\d+) B");
	private static final Pattern CLASSIFIED = Pattern.compile(
			"(\\S+): (person|no person) \\(no person (-?\\d+), person (-?\\d+): \\d+% person\\)");

	@TempDir
	static Path work;
	private static ExampleMake example;

	@BeforeAll
	static void generate() {
		example = ExampleMake.generate("stm32f746g-disco-person-detection", "person-detection.tinyml", work,
				"arm-none-eabi-gcc");
	}

	@Test
	void boardBuildFitsTheDiscoveryBoard() {
		Matcher sizes = SIZES.matcher(make("size"));
		assertTrue(sizes.find(), "no sizes printed");
		assertEquals(1024 * 1024, Long.parseLong(sizes.group(2)));
		assertEquals(320 * 1024, Long.parseLong(sizes.group(4)));
		assertTrue(Long.parseLong(sizes.group(1)) <= Long.parseLong(sizes.group(2)), sizes.group());
		assertTrue(Long.parseLong(sizes.group(3)) <= Long.parseLong(sizes.group(4)), sizes.group());
	}

	@Test
	void qemuVariantPrintsTflmClasses() {
		assumeTrue(Processes.onPath("qemu-system-arm"), "qemu-system-arm is needed to run the example");
		List<String> images = new ArrayList<>();
		Matcher line = CLASSIFIED.matcher(make("qemu"));
		while (line.find()) {
			String image = line.group(1);
			List<Integer> scores = SharedModels.tflmOutputs("person_detect", image).get(0);
			assertEquals(scores, List.of(Integer.parseInt(line.group(3)), Integer.parseInt(line.group(4))), image);
			assertEquals(scores.get(1) > scores.get(0) ? "person" : "no person", line.group(2), image);
			images.add(image);
		}
		assertEquals(List.of("pd_person.bin", "pd_no_person.bin"), images);
	}

	/** The Makefile's goal, its build products and the test images as C in {@link #work}. */
	private static String make(String goal) {
		return example.run(goal, "BUILD=build", "IMAGES_C=test_images.c");
	}
}
