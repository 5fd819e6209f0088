package dev.tinyforge.nas.evaluate;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/**
 * Builds the analysis graph of a subnet directly, tensor for tensor and in the same order as the DSL lowering
 * builds the network that {@link dev.tinyforge.nas.dsl.SubnetDsl} writes for it, so both analyse alike; a
 * search evaluates far too many candidates to go through text and EMF for each. Names are made once per space
 * and the builder's arrays are reused, so a build allocates little more than the graph itself. One thread.
 */
public final class SubnetGraphBuilder {

	private static final int INT8 = 1;
	private static final int INT32 = 4;
	private static final int STEM_KERNEL = 3;
	private static final int STEM_STRIDE = 2;
	private static final Window SAME_STRIDE_1 = Window.conv(1, 1, true);
	private static final Window SAME_STRIDE_2 = Window.conv(2, 2, true);

	private final ElasticSpace space;
	private final LayerGraph.Builder builder = new LayerGraph.Builder();
	private final BlockNames[] slotNames;
	private final int[] inputs3 = new int[3];
	private final int[] inputs2 = new int[2];
	private final int[] inputs1 = new int[1];
	private final int[] output = new int[1];
	private final int[] shape4 = new int[4];
	private final int[] shape2 = new int[2];
	private final int[] shape1 = new int[1];

	private int current;
	private int height;
	private int width;
	private int channels;

	public SubnetGraphBuilder(ElasticSpace space) {
		this.space = space;
		slotNames = new BlockNames[space.slotCount()];
		for (int stage = 0; stage < space.stageCount(); stage++) {
			for (int block = 0; block < space.stage(stage).maxDepth(); block++) {
				slotNames[space.firstSlot(stage) + block] = new BlockNames(blockName(space, stage, block));
			}
		}
	}

	/** The DSL name of a block: its stage's name, {@code _b}, its number from 1. */
	public static String blockName(ElasticSpace space, int stage, int block) {
		return space.stage(stage).name() + "_b" + (block + 1);
	}

	public LayerGraph build(Subnet subnet) {
		builder.clear();
		height = subnet.resolution();
		width = subnet.resolution();
		channels = space.inputChannels();
		current = builder.tensor(SubnetNames.INPUT, nhwc(height, width, channels), INT8, false);
		builder.inputs(current);
		conv(OpKind.CONV_2D, SubnetNames.STEM, SubnetNames.STEM, SubnetNames.STEM_WEIGHTS, SubnetNames.STEM_BIAS,
				space.channels(0, subnet.width()), STEM_KERNEL, STEM_STRIDE);
		for (int stage = 0; stage < subnet.stageCount(); stage++) {
			int stageChannels = space.channels(stage, subnet.width());
			int slot = space.firstSlot(stage);
			for (int block = 0; block < subnet.depth(stage); block++) {
				int stride = block == 0 ? space.stage(stage).stride() : 1;
				invertedResidual(slotNames[slot + block], subnet.expand(stage, block), subnet.kernel(stage, block),
						stride, stageChannels);
			}
		}
		head();
		return builder.outputs(current).build();
	}

	private void invertedResidual(BlockNames names, int expand, int kernel, int stride, int outChannels) {
		int blockInput = current;
		int inChannels = channels;
		if (expand > 1) {
			conv(OpKind.CONV_2D, names.expand, names.block, names.expandWeights, names.expandBias, inChannels * expand,
					1, 1);
		}
		conv(OpKind.DEPTHWISE_CONV_2D, names.depthwise, names.block, names.depthwiseWeights, names.depthwiseBias,
				channels, kernel, stride);
		conv(OpKind.CONV_2D, names.project, names.block, names.projectWeights, names.projectBias, outChannels, 1, 1);
		if (stride == 1 && inChannels == outChannels) {
			int sum = builder.tensor(names.add, nhwc(height, width, channels), INT8, false);
			inputs2[0] = blockInput;
			inputs2[1] = current;
			output[0] = sum;
			builder.op(names.add, names.block, OpKind.ADD, inputs2, output, Window.NONE);
			current = sum;
		}
	}

	/** Weights, output, bias: the order in which the lowering creates a convolution's tensors. */
	private void conv(OpKind kind, String name, String origin, String weightsName, String biasName, int filters,
			int kernel, int stride) {
		int weights = kind == OpKind.DEPTHWISE_CONV_2D
				? builder.tensor(weightsName, nhwc(kernel, kernel, filters), INT8, true)
				: builder.tensor(weightsName, dims4(filters, kernel, kernel, channels), INT8, true);
		height = (height + stride - 1) / stride;
		width = (width + stride - 1) / stride;
		int out = builder.tensor(name, nhwc(height, width, filters), INT8, false);
		shape1[0] = filters;
		int bias = builder.tensor(biasName, shape1, INT32, true);
		inputs3[0] = current;
		inputs3[1] = weights;
		inputs3[2] = bias;
		output[0] = out;
		builder.op(name, origin, kind, inputs3, output, stride == 1 ? SAME_STRIDE_1 : SAME_STRIDE_2);
		current = out;
		channels = filters;
	}

	/** Global average pooling (MEAN over height and width), the classifier and the softmax. */
	private void head() {
		int pooled = builder.tensor(SubnetNames.POOL, nhwc(1, 1, channels), INT8, false);
		inputs1[0] = current;
		output[0] = pooled;
		builder.op(SubnetNames.POOL, SubnetNames.POOL, OpKind.MEAN, inputs1, output, Window.NONE);
		int classes = space.classes();
		shape2[0] = classes;
		shape2[1] = channels;
		int weights = builder.tensor(SubnetNames.CLASSIFIER_WEIGHTS, shape2, INT8, true);
		shape2[0] = 1;
		shape2[1] = classes;
		int logits = builder.tensor(SubnetNames.CLASSIFIER, shape2, INT8, false);
		shape1[0] = classes;
		int bias = builder.tensor(SubnetNames.CLASSIFIER_BIAS, shape1, INT32, true);
		inputs3[0] = pooled;
		inputs3[1] = weights;
		inputs3[2] = bias;
		output[0] = logits;
		builder.op(SubnetNames.CLASSIFIER, SubnetNames.CLASSIFIER, OpKind.FULLY_CONNECTED, inputs3, output,
				Window.NONE);
		int scores = builder.tensor(SubnetNames.PREDICTION, shape2, INT8, false);
		inputs1[0] = logits;
		output[0] = scores;
		builder.op(SubnetNames.PREDICTION, SubnetNames.PREDICTION, OpKind.SOFTMAX, inputs1, output, Window.NONE);
		current = scores;
	}

	private int[] nhwc(int h, int w, int c) {
		return dims4(1, h, w, c);
	}

	private int[] dims4(int a, int b, int c, int d) {
		shape4[0] = a;
		shape4[1] = b;
		shape4[2] = c;
		shape4[3] = d;
		return shape4;
	}

	/** The names of one block's layers, tensors and weights, as the lowering of an {@code mbconv} makes them. */
	private static final class BlockNames {
		final String block;
		final String expand;
		final String expandWeights;
		final String expandBias;
		final String depthwise;
		final String depthwiseWeights;
		final String depthwiseBias;
		final String project;
		final String projectWeights;
		final String projectBias;
		final String add;

		BlockNames(String block) {
			this.block = block;
			expand = block + "/expand";
			expandWeights = SubnetNames.weights(expand);
			expandBias = SubnetNames.bias(expand);
			depthwise = block + "/dw";
			depthwiseWeights = SubnetNames.weights(depthwise);
			depthwiseBias = SubnetNames.bias(depthwise);
			project = block + "/project";
			projectWeights = SubnetNames.weights(project);
			projectBias = SubnetNames.bias(project);
			add = block + "/add";
		}
	}
}
