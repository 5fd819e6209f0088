package dev.tinyforge.codegen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.DataType;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.IrFactory;
import dev.tinyforge.model.ir.Operator;
import dev.tinyforge.model.ir.Quantization;
import dev.tinyforge.model.ir.Softmax;
import dev.tinyforge.model.ir.Tensor;

/**
 * Gives a network written layer by layer, which has no weights, deterministic made-up ones so that its code can
 * be generated and timed: int8 weights uniform in [-127, 127] with per-channel scales, int32 biases in
 * [-1000, 1000] at the input scale times the weight scale as TFLite requires, activations at scale 0.05 with small
 * zero points, a softmax output at TFLite's 1/256 and -128. The arithmetic is real; the results mean nothing.
 */
final class SyntheticWeights {

	private static final float ACTIVATION_SCALE = 0.05f;
	private static final int BIAS_RANGE = 1000;

	private SyntheticWeights() {
	}

	static void fill(Graph graph, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		for (Tensor tensor : graph.getTensors()) {
			if (!tensor.isConstant()) {
				quantize(tensor, new float[] {ACTIVATION_SCALE}, random.nextInt(-8, 9));
			}
		}
		for (Operator op : graph.getOperators()) {
			if (op instanceof Softmax) {
				quantize(op.getOutputs().get(0), new float[] {1f / 256}, -128);
			}
			if (op.getInputs().size() == 3 && op.getInputs().get(1).isConstant()) {
				fillWeightsAndBias(op, random);
			}
		}
	}

	private static void fillWeightsAndBias(Operator op, SplittableRandom random) {
		Tensor input = op.getInputs().get(0);
		Tensor weights = op.getInputs().get(1);
		Tensor bias = op.getInputs().get(2);
		int channels = (int) Tensors.elementCount(bias);
		byte[] data = new byte[(int) Tensors.elementCount(weights)];
		for (int i = 0; i < data.length; i++) {
			data[i] = (byte) random.nextInt(-127, 128);
		}
		weights.setData(data);
		float[] weightScales = new float[channels];
		float[] biasScales = new float[channels];
		ByteBuffer biasData = ByteBuffer.allocate(4 * channels).order(ByteOrder.LITTLE_ENDIAN);
		for (int c = 0; c < channels; c++) {
			weightScales[c] = (float) (0.002 + 0.004 * random.nextDouble());
			biasScales[c] = input.getQuantization().getScale().get(0) * weightScales[c];
			biasData.putInt(random.nextInt(-BIAS_RANGE, BIAS_RANGE + 1));
		}
		int axis = weights.getQuantization() == null ? 0 : weights.getQuantization().getQuantizedDimension();
		quantize(weights, weightScales, 0);
		weights.getQuantization().setQuantizedDimension(axis);
		quantize(bias, biasScales, 0);
		bias.setData(biasData.array());
	}

	private static void quantize(Tensor tensor, float[] scales, int zeroPoint) {
		Quantization quantization = tensor.getQuantization() == null ? IrFactory.eINSTANCE.createQuantization()
				: tensor.getQuantization();
		quantization.getScale().clear();
		quantization.getZeroPoint().clear();
		for (float scale : scales) {
			quantization.getScale().add(scale);
			quantization.getZeroPoint().add((long) (tensor.getDataType() == DataType.INT8 ? zeroPoint : 0));
		}
		tensor.setQuantization(quantization);
	}
}
