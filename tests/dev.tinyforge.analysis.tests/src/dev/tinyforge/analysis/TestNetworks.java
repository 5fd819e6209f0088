package dev.tinyforge.analysis;

import dev.tinyforge.analysis.graph.LayerGraph;

/** Reference networks built through the public builder, shared by tests and the benchmark. */
final class TestNetworks {

	/** Output channels of MobileNetV1-0.25's 13 depthwise-separable pairs. */
	private static final int[] MOBILENET_V1_CHANNELS = {16, 32, 32, 64, 64, 128, 128, 128, 128, 128, 128, 256, 256};
	/** Strides of their depthwise convolutions. */
	private static final int[] MOBILENET_V1_STRIDES = {1, 2, 1, 2, 1, 2, 1, 1, 1, 1, 1, 2, 1};

	/** Inverted-residual stages of the MCUNet-like net: expansion, channels, blocks, first stride, kernel. */
	private static final int[][] MCUNET_STAGES = {
		{3, 16, 2, 2, 5},
		{3, 24, 3, 2, 7},
		{3, 40, 3, 2, 5},
		{3, 48, 2, 1, 3},
		{3, 96, 3, 2, 5},
	};

	private TestNetworks() {
	}

	/**
	 * MobileNetV1 with width 0.25 on a 96x96x1 input and 2 classes (the Visual Wake Words setup),
	 * SAME padding; the final 3x3 average pool is VALID as in TF-slim. 31 operators.
	 */
	static LayerGraph mobileNetV1(LayerGraph.Builder b) {
		SequentialNet net = new SequentialNet(b, 96, 96, 1);
		net.conv("conv1", "conv1", 8, 3, 2);
		for (int i = 0; i < MOBILENET_V1_CHANNELS.length; i++) {
			String block = "block" + (i + 1);
			net.depthwise(block + "/dw", block, 3, MOBILENET_V1_STRIDES[i]);
			net.conv(block + "/pw", block, MOBILENET_V1_CHANNELS[i], 1, 1);
		}
		net.globalAveragePool("avg_pool", "head");
		net.conv("logits", "head", 2, 1, 1);
		net.flatten("reshape", "head");
		net.softmax("softmax", "head");
		return net.build();
	}

	/**
	 * A MobileNetV2-style network in the manner of MCUNet: 144x144x3 input, a strided stem, inverted
	 * residual blocks (1x1 expand, k x k depthwise, 1x1 project, residual ADD when shapes allow)
	 * with mixed kernel sizes, then pool, FULLY_CONNECTED and softmax over 10 classes. 54 operators.
	 */
	static LayerGraph mcunetLike(LayerGraph.Builder b) {
		SequentialNet net = new SequentialNet(b, 144, 144, 3);
		net.conv("stem", "stem", 16, 3, 2);
		net.depthwise("block0/dw", "block0", 3, 1);
		net.conv("block0/project", "block0", 8, 1, 1);
		int inChannels = 8;
		int block = 1;
		for (int[] stage : MCUNET_STAGES) {
			int expansion = stage[0];
			int outChannels = stage[1];
			for (int i = 0; i < stage[2]; i++, block++) {
				String origin = "block" + block;
				int stride = i == 0 ? stage[3] : 1;
				int blockInput = net.current();
				net.conv(origin + "/expand", origin, inChannels * expansion, 1, 1);
				net.depthwise(origin + "/dw", origin, stage[4], stride);
				net.conv(origin + "/project", origin, outChannels, 1, 1);
				if (stride == 1 && inChannels == outChannels) {
					net.add(origin + "/add", origin, blockInput);
				}
				inChannels = outChannels;
			}
		}
		net.globalAveragePool("pool", "head");
		net.flatten("flatten", "head");
		net.fullyConnected("classifier", "head", 10);
		net.softmax("softmax", "head");
		return net.build();
	}
}
