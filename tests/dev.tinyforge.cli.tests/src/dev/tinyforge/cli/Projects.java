package dev.tinyforge.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small .tinyml projects written into a test's temporary folder. */
final class Projects {

	/** A board the small network fits, and one it does not. */
	static final String DEVICES = """
			device roomy "A roomy board" {
				core cortex-m7
				clock 216 MHz
				flash 1 MB reserve 128 KB
				sram 320 KB reserve 64 KB
			}

			device cramped {
				core cortex-m4
				flash 16 KB reserve 4 KB
				sram 8 KB reserve 2 KB
			}
			""";

	/** About 9 KB of weights and a 24 KB arena. */
	static final String NETWORK = """
			network small {
				input image 32x32x3 int8
				conv c1 filters 16 kernel 3x3 stride 2 activation relu6
				mbconv b1 filters 16 expand 4 kernel 3
				mbconv b2 filters 24 expand 4 kernel 3 stride 2
				globalavgpool gap
				flatten f
				dense fc units 10
				softmax out
			}
			""";

	private Projects() {
	}

	static Path write(Path folder, String fileName, String text) {
		try {
			return Files.writeString(folder.resolve(fileName), text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {@link #DEVICES} and {@link #NETWORK} in files of their own, and {@code deployment} in app.tinyml. */
	static Path deployment(Path folder, String deployment) {
		write(folder, "devices.tinyml", DEVICES);
		write(folder, "small.tinyml", NETWORK);
		return write(folder, "app.tinyml", deployment);
	}

	/** The repository's example project; tycho-surefire runs tests in the test module's folder. */
	static Path personDetection() {
		Path folder = Path.of("../../example-projects/person-detection");
		if (!Files.isDirectory(folder)) {
			throw new IllegalStateException("no example project at " + folder.toAbsolutePath().normalize()
					+ ": run the tests from tests/dev.tinyforge.cli.tests");
		}
		return folder;
	}
}
