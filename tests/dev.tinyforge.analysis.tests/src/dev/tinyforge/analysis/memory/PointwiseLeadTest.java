package dev.tinyforge.analysis.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The lead of a 1x1 convolution's input against brute force: the generated matrix-product kernels' order of
 * reads and writes (pixels two at a time with the DSP, output channels two at a time, each pass reading both
 * pixels' inputs again, then an odd last pixel; one pixel at a time in plain C) replayed byte by byte with the
 * input that far after the output. No input byte may be read after an output byte overwrote it, and the rule
 * may waste at most about one pixel over the smallest safe lead.
 */
class PointwiseLeadTest {

	private static final int CASES = 300;

	@Test
	void theLeadIsSafeForBothKernelsAndAtMostAPixelAboveTheSmallestSafeOne() {
		Random random = new Random(7);
		for (int c = 0; c < CASES; c++) {
			int pixels = 1 + random.nextInt(24);
			int inDepth = 1 + random.nextInt(24);
			int outDepth = 1 + random.nextInt(24);
			long lead = CodegenInPlacePolicy.pointwiseInputLead(pixels, inDepth, outDepth);
			String context = pixels + " pixels, " + inDepth + " -> " + outDepth + " channels, lead " + lead;
			for (boolean twoPixels : new boolean[] {true, false}) {
				assertTrue(safe(pixels, inDepth, outDepth, lead, twoPixels), context + " overwrites unread input");
				long smallest = smallestSafeLead(pixels, inDepth, outDepth, lead, twoPixels);
				assertTrue(lead - smallest <= inDepth + outDepth + Math.abs(outDepth - inDepth),
						context + ": wastes " + (lead - smallest) + " bytes");
			}
		}
	}

	/** Safety grows with the lead, so a binary search finds the smallest safe one. */
	private static long smallestSafeLead(int pixels, int inDepth, int outDepth, long safeLead, boolean twoPixels) {
		long low = 0;
		long high = safeLead;
		while (low < high) {
			long mid = (low + high) / 2;
			if (safe(pixels, inDepth, outDepth, mid, twoPixels)) {
				high = mid;
			} else {
				low = mid + 1;
			}
		}
		return low;
	}

	private static boolean safe(int pixels, int inDepth, int outDepth, long lead, boolean twoPixels) {
		Replay replay = new Replay(pixels, inDepth, outDepth, lead);
		int p = 0;
		if (twoPixels) {
			for (; p + 1 < pixels; p += 2) {
				for (int o = 0; o < outDepth; o += 2) {
					replay.read(p);
					replay.read(p + 1);
					for (int q = p; q <= p + 1; q++) {
						replay.write(q, o);
						if (o + 1 < outDepth) {
							replay.write(q, o + 1);
						}
					}
				}
			}
		}
		for (; p < pixels; p++) {
			for (int o = 0; o < outDepth; o++) {
				replay.read(p);
				replay.write(p, o);
			}
		}
		return replay.safe;
	}

	/** The arena from the output's start: which input bytes an output byte has overwritten. */
	private static final class Replay {

		private final int inDepth;
		private final int outDepth;
		private final long lead;
		private final boolean[] clobbered;
		boolean safe = true;

		Replay(int pixels, int inDepth, int outDepth, long lead) {
			this.inDepth = inDepth;
			this.outDepth = outDepth;
			this.lead = lead;
			clobbered = new boolean[pixels * inDepth];
		}

		void read(int pixel) {
			for (int k = 0; k < inDepth; k++) {
				safe &= !clobbered[pixel * inDepth + k];
			}
		}

		void write(int pixel, int channel) {
			long input = pixel * (long) outDepth + channel - lead;
			if (input >= 0 && input < clobbered.length) {
				clobbered[(int) input] = true;
			}
		}
	}
}
