package dev.tinyforge.nas.evaluate;

import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * The Flash bytes of a subnet's weights and biases (int8 weights, int32 biases) in closed form, without building
 * its graph: a candidate whose weights alone exceed the Flash limit needs no memory plan.
 */
final class SubnetWeights {

	private static final int BIAS_BYTES = 4;
	private static final int STEM_KERNEL = 3;

	private SubnetWeights() {
	}

	static long bytes(ElasticSpace space, Subnet subnet) {
		long channels = space.channels(0, subnet.width());
		long bytes = conv(space.inputChannels(), channels, STEM_KERNEL);
		for (int stage = 0; stage < subnet.stageCount(); stage++) {
			long out = space.channels(stage, subnet.width());
			for (int block = 0; block < subnet.depth(stage); block++) {
				long expanded = channels * subnet.expand(stage, block);
				if (subnet.expand(stage, block) > 1) {
					bytes += conv(channels, expanded, 1);
				}
				int kernel = subnet.kernel(stage, block);
				bytes += expanded * kernel * kernel + BIAS_BYTES * expanded;
				bytes += conv(expanded, out, 1);
				channels = out;
			}
		}
		return bytes + conv(channels, space.classes(), 1);
	}

	private static long conv(long in, long out, int kernel) {
		return out * kernel * kernel * in + BIAS_BYTES * out;
	}
}
