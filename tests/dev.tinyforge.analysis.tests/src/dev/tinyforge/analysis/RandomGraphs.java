package dev.tinyforge.analysis;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import java.util.Arrays;
import java.util.Random;

/**
 * Random valid DAGs of NHWC operators: convolutions (half of the 1x1 ones pointwise, pixel for pixel), depthwise
 * convolutions (depth multiplier 1 or 2), pools, element-wise ADD and MUL, LOGISTIC, QUANTIZE to int8, DEQUANTIZE
 * to 4-byte floats, reshapes, PADs and fully connected layers, each reading any earlier activation (a depthwise
 * convolution every other time the latest, so that PADs get fused into it), so tensors live across many steps and
 * some outputs are never read. Spatial sizes are random (a depthwise output may even be larger than its input);
 * channels are consistent, and element-wise operators keep their first input's shape.
 */
final class RandomGraphs {

	private static final int MAX_OPS = 40;
	private static final int INT8 = 1;
	private static final int FLOAT = 4;

	private RandomGraphs() {
	}

	static LayerGraph build(Random random, LayerGraph.Builder b) {
		b.clear();
		int inputs = 1 + random.nextInt(2);
		int ops = random.nextInt(MAX_OPS + 1);
		int[] activations = new int[inputs + ops];
		int[][] shapes = new int[inputs + ops][];
		int[] elementBytes = new int[inputs + ops];
		for (int i = 0; i < inputs; i++) {
			shapes[i] = nhwc(random, 1 + random.nextInt(16));
			elementBytes[i] = INT8;
			activations[i] = b.tensor("in" + i, shapes[i], INT8, false);
		}
		b.inputs(Arrays.copyOf(activations, inputs));
		int count = inputs;
		for (int op = 0; op < ops; op++, count++) {
			int choice = random.nextInt(9);
			int source = choice == 1 && random.nextBoolean() ? count - 1 : random.nextInt(count);
			int in = activations[source];
			int[] inShape = shapes[source];
			int cin = inShape[3];
			String name = "op" + op;
			int[] operands = {in};
			int[] outShape = nhwc(random, cin);
			int outBytes = INT8;
			Window window = Window.NONE;
			OpKind kind;
			int padTop = 0;
			int padLeft = 0;
			switch (choice) {
				case 0 -> {
					kind = OpKind.CONV_2D;
					int k = 1 + 2 * random.nextInt(3);
					outShape[3] = 1 + random.nextInt(16);
					operands = new int[] {in, b.tensor(name + "/w", new int[] {outShape[3], k, k, cin}, 1, true)};
					window = Window.conv(1 + random.nextInt(2), 1 + random.nextInt(2), random.nextBoolean());
					if (k == 1 && random.nextBoolean()) { // pointwise: pixel for pixel, as the lead rule needs
						window = Window.conv(1, 1, random.nextBoolean());
						outShape[1] = inShape[1];
						outShape[2] = inShape[2];
					}
				}
				case 1 -> {
					kind = OpKind.DEPTHWISE_CONV_2D;
					int k = 1 + 2 * random.nextInt(3);
					outShape[3] = cin * (1 + random.nextInt(2));
					operands = new int[] {in, b.tensor(name + "/w", new int[] {1, k, k, outShape[3]}, 1, true),
						b.tensor(name + "/b", new int[] {outShape[3]}, 4, true)};
					window = Window.conv(1 + random.nextInt(2), 1 + random.nextInt(2), random.nextBoolean());
				}
				case 2 -> {
					kind = random.nextBoolean() ? OpKind.MAX_POOL_2D : OpKind.AVERAGE_POOL_2D;
					window = Window.pool(2, 2, 2, 2, false);
				}
				case 3 -> {
					kind = random.nextBoolean() ? OpKind.ADD : OpKind.MUL;
					operands = new int[] {in, activations[random.nextInt(count)]};
					outShape = inShape.clone();
					outBytes = elementBytes[source];
				}
				case 4 -> {
					kind = OpKind.LOGISTIC;
					outShape = inShape.clone();
					outBytes = elementBytes[source];
				}
				case 5 -> {
					kind = random.nextBoolean() ? OpKind.QUANTIZE : OpKind.DEQUANTIZE;
					outShape = inShape.clone();
					outBytes = kind == OpKind.QUANTIZE ? INT8 : FLOAT;
				}
				case 6 -> {
					// the same elements with height and width swapped
					kind = OpKind.RESHAPE;
					outShape = new int[] {inShape[0], inShape[2], inShape[1], cin};
					outBytes = elementBytes[source];
				}
				case 7 -> {
					kind = OpKind.PAD;
					padTop = random.nextInt(3);
					padLeft = random.nextInt(3);
					outShape = new int[] {1, inShape[1] + padTop + random.nextInt(3),
						inShape[2] + padLeft + random.nextInt(3), cin};
					outBytes = elementBytes[source];
				}
				default -> {
					// the weights read the whole activation as one batch of features
					kind = OpKind.FULLY_CONNECTED;
					int depth = inShape[1] * inShape[2] * cin;
					outShape = new int[] {1, 1, 1, 1 + random.nextInt(16)};
					operands = new int[] {in, b.tensor(name + "/w", new int[] {outShape[3], depth}, 1, true)};
				}
			}
			shapes[count] = outShape;
			elementBytes[count] = outBytes;
			activations[count] = b.tensor(name + "/out", outShape, outBytes, false);
			b.op(name, "block" + op / 3, kind, operands, new int[] {activations[count]}, window);
			if (kind == OpKind.PAD) {
				b.padding(op, padTop, padLeft);
			}
		}
		int[] outputs = new int[1 + random.nextInt(3)];
		outputs[0] = activations[count - 1];
		for (int i = 1; i < outputs.length; i++) {
			outputs[i] = activations[random.nextInt(count)];
		}
		return b.outputs(outputs).build();
	}

	private static int[] nhwc(Random random, int channels) {
		return new int[] {1, 1 + random.nextInt(12), 1 + random.nextInt(12), channels};
	}
}
