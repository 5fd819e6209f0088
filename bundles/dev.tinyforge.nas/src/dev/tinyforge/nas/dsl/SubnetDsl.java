package dev.tinyforge.nas.dsl;

import dev.tinyforge.nas.evaluate.SubnetGraphBuilder;
import dev.tinyforge.nas.evaluate.SubnetNames;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * A subnet as a formatted .tinyml {@code network}: a stride-2 3x3 stem, one {@code mbconv} per active block, the
 * pooling, classifier and softmax; it lowers to the graph {@link SubnetGraphBuilder} builds for it.
 */
public final class SubnetDsl {

	private SubnetDsl() {
	}

	public static String write(ElasticSpace space, Subnet subnet, String networkName) {
		StringBuilder text = new StringBuilder();
		text.append("network ").append(networkName).append(" {\n");
		line(text, "input " + SubnetNames.INPUT + " " + subnet.resolution() + "x" + subnet.resolution() + "x"
				+ space.inputChannels() + " int8");
		line(text, "conv " + SubnetNames.STEM + " filters " + space.channels(0, subnet.width())
				+ " kernel 3x3 stride 2 activation relu6");
		for (int stage = 0; stage < subnet.stageCount(); stage++) {
			for (int block = 0; block < subnet.depth(stage); block++) {
				int stride = block == 0 ? space.stage(stage).stride() : 1;
				line(text, "mbconv " + SubnetGraphBuilder.blockName(space, stage, block) + " filters "
						+ space.channels(stage, subnet.width()) + " expand " + subnet.expand(stage, block) + " kernel "
						+ subnet.kernel(stage, block) + (stride == 1 ? "" : " stride " + stride));
			}
		}
		line(text, "globalavgpool " + SubnetNames.POOL);
		line(text, "dense " + SubnetNames.CLASSIFIER + " units " + space.classes());
		line(text, "softmax " + SubnetNames.PREDICTION);
		return text.append("}\n").toString();
	}

	private static void line(StringBuilder text, String line) {
		text.append('\t').append(line).append('\n');
	}
}
