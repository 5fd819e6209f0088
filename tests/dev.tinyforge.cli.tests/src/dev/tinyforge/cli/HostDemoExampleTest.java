package dev.tinyforge.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** example-projects/host-demo built with its Makefile and host gcc: TFLM's scores for the two test images. */
class HostDemoExampleTest {

	@Test
	void classifiesThePersonAndNoPersonImagesAsTflm(@TempDir Path work) {
		ExampleMake example = ExampleMake.generate("host-demo", "host-demo.tinyml", work, "gcc");

		List<String> lines = example.run("run", "PROGRAM=person-detect").lines()
				.filter(line -> line.contains(".bin: ")).map(line -> line.substring(line.lastIndexOf('/') + 1))
				.toList();

		assertEquals(List.of(line("pd_person.bin"), line("pd_no_person.bin")), lines);
	}

	/** What the demo must print for an image: TFLM's scores and the class they give. */
	private static String line(String image) {
		List<Integer> scores = SharedModels.tflmOutputs("person_detect", image).get(0);
		return image + ": " + (scores.get(1) > scores.get(0) ? "person" : "no person") + " (no person "
				+ scores.get(0) + ", person " + scores.get(1) + ")";
	}
}
