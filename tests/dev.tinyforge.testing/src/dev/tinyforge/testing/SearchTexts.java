package dev.tinyforge.testing;

/** .tinyml texts with a TinyNAS search block, shared by the tests of the core, the command line and the IDE. */
public final class SearchTexts {

	/**
	 * Two boards with clocks (so latencies are estimated) and a search block for both, small enough to end in a
	 * second or so: 4 spaces of 30 samples, then 6 generations of 10.
	 */
	public static final String TWO_BOARDS = """
			device f746 {
				core cortex-m7
				clock 216 MHz
				flash 1 MB reserve 128 KB
				sram 320 KB reserve 64 KB
			}

			device f412 {
				core cortex-m4
				clock 100 MHz
				flash 1 MB reserve 128 KB
				sram 256 KB reserve 64 KB
			}

			search tiny {
				devices f746, f412
				input channels 3 classes 10
				widths 0.3, 0.5
				resolutions 64, 96
				stage s1 width 24 stride 2 depth 2, 3 kernel 3, 5, 7 expand 3, 4, 6
				stage s2 width 40 stride 2 depth 2, 3 kernel 3, 5, 7 expand 3, 4, 6
				maximize macs
				evolution {
					samples 30
					population 10
					generations 6
				}
			}
			""";

	private SearchTexts() {
	}
}
