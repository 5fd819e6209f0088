package dev.tinyforge.analysis.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;
import dev.tinyforge.analysis.graph.Window;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hand-checked network: x [1,8,8,3] -> conv1 3x3 8 filters ReLU -> a [1,8,8,8] -> conv2 3x3 stride 2 16 filters
 * ReLU -> b [1,4,4,16] -> fc 10 units -> y [1,10]. Three operators: forward steps 0-2, backward fc 3, conv2 4,
 * conv1 5, update 6. Float32 weights and activations (4 bytes), SGD. Element counts: x 192, a 512, b 256, y 10;
 * conv1 216 weights + 8 biases, conv2 1152 + 16, fc 2560 + 10.
 */
class TrainingMemoryAnalyzerTest {

	private static final FusedActivation[] ACTIVATIONS = { FusedActivation.RELU, FusedActivation.RELU6,
			FusedActivation.NONE };

	static LayerGraph twoConvDense(String conv1Origin, String conv2Origin) {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int x = b.tensor("x", new int[] { 1, 8, 8, 3 }, 1, false);
		int f1 = b.tensor("f1", new int[] { 8, 3, 3, 3 }, 1, true);
		int b1 = b.tensor("b1", new int[] { 8 }, 4, true);
		int a = b.tensor("a", new int[] { 1, 8, 8, 8 }, 1, false);
		int f2 = b.tensor("f2", new int[] { 16, 3, 3, 8 }, 1, true);
		int b2 = b.tensor("b2", new int[] { 16 }, 4, true);
		int bt = b.tensor("b", new int[] { 1, 4, 4, 16 }, 1, false);
		int w = b.tensor("w", new int[] { 10, 256 }, 1, true);
		int bw = b.tensor("bw", new int[] { 10 }, 4, true);
		int y = b.tensor("y", new int[] { 1, 10 }, 1, false);
		b.op("conv1", conv1Origin, OpKind.CONV_2D, new int[] { x, f1, b1 }, new int[] { a }, Window.conv(1, 1, true));
		b.op("conv2", conv2Origin, OpKind.CONV_2D, new int[] { a, f2, b2 }, new int[] { bt }, Window.conv(2, 2, true));
		b.op("fc", "fc", OpKind.FULLY_CONNECTED, new int[] { bt, w, bw }, new int[] { y }, Window.NONE);
		return b.inputs(x).outputs(y).build();
	}

	private static TrainingMemory analyze(UpdateScheme scheme, int batch) {
		return new TrainingMemoryAnalyzer().analyze(twoConvDense("conv1", "conv2"), ACTIVATIONS,
				TrainingSetup.of(scheme).withBatch(batch));
	}

	private static long[] liveSteps(TrainingMemory memory) {
		return new long[] { memory.forwardLiveBytes(0), memory.forwardLiveBytes(1), memory.forwardLiveBytes(2),
				memory.backwardLiveBytes(2), memory.backwardLiveBytes(1), memory.backwardLiveBytes(0),
				memory.updateLiveBytes() };
	}

	@Test
	void fullUpdateKeepsEveryLayerInputAndMask() {
		TrainingMemory memory = analyze(UpdateScheme.of(UpdateScheme.Kind.FULL), 1);
		long params = (224 + 1168 + 2570) * 4; // 15,848
		// kept: conv1 x 768 + ReLU mask 512 bits = 64; conv2 a 2048 + mask 32; fc b 1024
		assertArrayEquals(new long[] { 768 + 64, 2048 + 32, 1024 }, new long[] { memory.keptActivationBytes(0),
				memory.keptActivationBytes(1), memory.keptActivationBytes(2) });
		assertEquals(params, memory.totalParameterBytes());
		assertEquals(params, memory.totalGradientBytes());
		assertEquals(0, memory.totalOptimizerStateBytes());
		assertEquals(0, memory.frozenWeightBytes());
		long[] expected = {
				768 + 2048 + 64 + params, // conv1 forward: x, a, conv1's mask
				768 + 2048 + 1024 + 64 + 32 + params, // conv2 forward: x and a kept, b
				768 + 2048 + 1024 + 40 + 96 + params, // fc forward: + y
				768 + 2048 + 1024 + 40 + 96 + 1024 + 40 + params + 2570 * 4, // fc backward: dy, db, fc's gradients
				768 + 2048 + 96 + 2048 + 1024 + params + 2570 * 4 + 1168 * 4, // conv2 backward: b and y freed, da
				768 + 64 + 2048 + params + params, // conv1 backward: only x, its mask, da and all gradients left
				params + params };
		assertArrayEquals(expected, liveSteps(memory));
		assertEquals(36_784, memory.peakBytes());
		assertEquals(TrainingMemory.Phase.BACKWARD, memory.peakPhase());
		assertEquals(1, memory.peakOp());
	}

	@Test
	void batchScalesActivationsButNotParameters() {
		TrainingMemory memory = analyze(UpdateScheme.of(UpdateScheme.Kind.FULL), 2);
		// conv2 backward as above with every activation, gradient and mask doubled
		assertEquals(2 * (768 + 2048 + 96 + 2048 + 1024) + 15_848 + 10_280 + 4_672, memory.peakBytes());
		assertEquals(2 * (768 + 64 + 2048 + 32 + 1024), memory.totalKeptActivationBytes());
	}

	@Test
	void biasOnlyKeepsNoInputOfAFrozenLayer() {
		TrainingMemory memory = analyze(UpdateScheme.of(UpdateScheme.Kind.BIAS_ONLY), 1);
		long params = (8 + 16 + 2570) * 4; // 10,376: both convolutions' biases, the classifier whole
		// conv1 and conv2 keep only their masks; the classifier its input b
		assertArrayEquals(new long[] { 64, 32, 1024 }, new long[] { memory.keptActivationBytes(0),
				memory.keptActivationBytes(1), memory.keptActivationBytes(2) });
		assertEquals(params, memory.totalParameterBytes());
		assertEquals(216 + 1152, memory.frozenWeightBytes()); // the int8 filters stay in Flash
		long[] expected = {
				768 + 2048 + 64 + params, // x dies after conv1: nothing keeps it
				2048 + 1024 + 96 + params,
				1024 + 40 + 96 + params,
				1024 + 40 + 96 + 1024 + 40 + params + 2570 * 4,
				96 + 2048 + 1024 + params + (2570 + 16) * 4,
				64 + 2048 + params + params,
				params + params };
		assertArrayEquals(expected, liveSteps(memory));
		assertEquals(23_888, memory.peakBytes());
	}

	@Test
	void lastLayerRunsNoBackwardBelowTheClassifier() {
		TrainingMemory memory = analyze(UpdateScheme.of(UpdateScheme.Kind.LAST_LAYER), 1);
		long params = 2570 * 4;
		assertArrayEquals(new long[] { 0, 0, 1024 }, new long[] { memory.keptActivationBytes(0),
				memory.keptActivationBytes(1), memory.keptActivationBytes(2) });
		long[] expected = { 768 + 2048 + params, 2048 + 1024 + params, 1024 + 40 + params,
				1024 + 40 + 40 + params + params, // dy only: conv2 needs no gradient
				params + params, params + params, params + params };
		assertArrayEquals(expected, liveSteps(memory));
	}

	@Test
	void namedLayersUpdateWeightsAndBias() {
		TrainingMemory memory = analyze(UpdateScheme.layers(List.of("conv2")), 1);
		assertEquals(1168 * 4, memory.totalParameterBytes());
		// conv2 keeps its input and mask; fc passes the gradient on without keeping b
		assertArrayEquals(new long[] { 0, 2048 + 32, 0 }, new long[] { memory.keptActivationBytes(0),
				memory.keptActivationBytes(1), memory.keptActivationBytes(2) });
	}

	@Test
	void adamKeepsTwoCopiesOfEveryUpdatedParameter() {
		TrainingMemory memory = new TrainingMemoryAnalyzer().analyze(twoConvDense("conv1", "conv2"), ACTIVATIONS,
				new TrainingSetup(UpdateScheme.of(UpdateScheme.Kind.LAST_LAYER), 1, Optimizer.ADAM, Precision.FP16,
						Precision.INT8));
		assertEquals(2570 * 2, memory.totalParameterBytes());
		assertEquals(2 * 2570 * 2, memory.totalOptimizerStateBytes());
		assertEquals(256, memory.totalKeptActivationBytes()); // b in int8
	}

	@Test
	void liteResidualModuleOfABlock() {
		LayerGraph g = twoConvDense("block", "block");
		List<LiteResidualModule> modules = LiteResidualModule.of(g, LiteResidualConfig.TINYTL);
		assertEquals(1, modules.size());
		LiteResidualModule module = modules.get(0);
		// x 8x8x3 pooled 2x to 4x4x3; kernel 5 shrinks to 3; 3 channels round up to 8 middle ones; 2 groups do
		// not divide 3, so 1; stride 8/4 = 2 gives a 2x2 middle map
		assertEquals(1, module.lastOp());
		assertEquals(48, module.pooledElements());
		assertEquals(2 * 2 * 8, module.middleElements());
		assertEquals(2 * 2 * 16, module.outputElements());
		assertEquals(3 * 3 * 3 * 8 + 8 + 8 * 16 + 16, module.params());

		TrainingMemory memory = new TrainingMemoryAnalyzer().analyze(g, ACTIVATIONS,
				TrainingSetup.of(UpdateScheme.liteResidual(LiteResidualConfig.TINYTL)));
		assertEquals(1, memory.liteResidualModules());
		// pooled 192 + middle 128 + mask 4 + parameters and their gradients 2 x 368 x 4
		assertEquals(192 + 128 + 4 + 2 * 368 * 4, memory.liteResidualBytes(1));
		assertEquals(0, memory.liteResidualBytes(0));
	}

	@Test
	void depthwiseJoinsTheConvolutionAfterItAndTheClassifierGetsNoModule() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int x = b.tensor("x", new int[] { 1, 8, 8, 16 }, 1, false);
		int dwFilter = b.tensor("dwf", new int[] { 1, 3, 3, 16 }, 1, true);
		int d = b.tensor("d", new int[] { 1, 8, 8, 16 }, 1, false);
		int pwFilter = b.tensor("pwf", new int[] { 32, 1, 1, 16 }, 1, true);
		int p = b.tensor("p", new int[] { 1, 8, 8, 32 }, 1, false);
		int headFilter = b.tensor("hf", new int[] { 10, 1, 1, 32 }, 1, true);
		int y = b.tensor("y", new int[] { 1, 8, 8, 10 }, 1, false);
		b.op("dw", "dw", OpKind.DEPTHWISE_CONV_2D, new int[] { x, dwFilter }, new int[] { d }, Window.conv(1, 1, true));
		b.op("pw", "pw", OpKind.CONV_2D, new int[] { d, pwFilter }, new int[] { p }, Window.conv(1, 1, true));
		b.op("head", "head", OpKind.CONV_2D, new int[] { p, headFilter }, new int[] { y }, Window.conv(1, 1, true));
		List<LiteResidualModule> modules = LiteResidualModule.of(b.inputs(x).outputs(y).build(),
				LiteResidualConfig.TINYTL);
		assertEquals(1, modules.size());
		// x pooled to 4x4x16; kernel 5 shrinks to 3; 16 middle channels in 2 groups of 8; out to 32 channels
		assertEquals(1, modules.get(0).lastOp());
		assertEquals(x, modules.get(0).input());
		assertEquals(3 * 3 * 8 * 16 + 16 + 16 * 32 + 32, modules.get(0).params());
	}

	/**
	 * x [1,4,4,2] -> 1x1 conv a -> 2x2 max pool m [1,2,2,2] -> logistic s -> m * s -> y -> fc [3,8] -> softmax o.
	 * Updating the convolution's bias sends the gradient through every operator.
	 */
	@Test
	void whatEachOperatorKeepsOnTheGradientPath() {
		LayerGraph.Builder b = new LayerGraph.Builder();
		int x = b.tensor("x", new int[] { 1, 4, 4, 2 }, 1, false);
		int filter = b.tensor("f", new int[] { 2, 1, 1, 2 }, 1, true);
		int a = b.tensor("a", new int[] { 1, 4, 4, 2 }, 1, false);
		int m = b.tensor("m", new int[] { 1, 2, 2, 2 }, 1, false);
		int sig = b.tensor("s", new int[] { 1, 2, 2, 2 }, 1, false);
		int y = b.tensor("y", new int[] { 1, 2, 2, 2 }, 1, false);
		int weights = b.tensor("w", new int[] { 3, 8 }, 1, true);
		int logits = b.tensor("l", new int[] { 1, 3 }, 1, false);
		int o = b.tensor("o", new int[] { 1, 3 }, 1, false);
		b.op("conv", "conv", OpKind.CONV_2D, new int[] { x, filter }, new int[] { a }, Window.conv(1, 1, true));
		b.op("pool", "pool", OpKind.MAX_POOL_2D, new int[] { a }, new int[] { m }, Window.pool(2, 2, 2, 2, false));
		b.op("gate", "gate", OpKind.LOGISTIC, new int[] { m }, new int[] { sig }, Window.NONE);
		b.op("scale", "scale", OpKind.MUL, new int[] { m, sig }, new int[] { y }, Window.NONE);
		b.op("fc", "fc", OpKind.FULLY_CONNECTED, new int[] { y, weights }, new int[] { logits }, Window.NONE);
		b.op("softmax", "softmax", OpKind.SOFTMAX, new int[] { logits }, new int[] { o }, Window.NONE);
		FusedActivation[] none = new FusedActivation[6];
		Arrays.fill(none, FusedActivation.NONE);
		TrainingMemory memory = new TrainingMemoryAnalyzer().analyze(b.inputs(x).outputs(o).build(), none,
				TrainingSetup.of(UpdateScheme.of(UpdateScheme.Kind.BIAS_ONLY)));
		// conv: bias only, no activation: nothing; pool: 32 input elements, 1 bit each: 4 B; gate: its output s
		// (8 x 4 B); scale: m for the gradient of s (s is kept already); fc: its input y; softmax: its output o
		assertArrayEquals(new long[] { 0, 4, 32, 32, 32, 12 }, new long[] { memory.keptActivationBytes(0),
				memory.keptActivationBytes(1), memory.keptActivationBytes(2), memory.keptActivationBytes(3),
				memory.keptActivationBytes(4), memory.keptActivationBytes(5) });
		assertEquals((2 + 3 * 8 + 3) * 4, memory.totalParameterBytes()); // conv bias, classifier weights and bias
	}

	@Test
	void unknownLayerIsNamed() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> analyze(UpdateScheme.layers(List.of("conv9")), 1));
		assertEquals("the network has no layer with weights named conv9", e.getMessage());
	}

	@Test
	void comparisonListsTinyTlSchemesThenTheChosenOne() {
		List<TrainingMemory> memories = new SchemeComparison().compare(twoConvDense("conv1", "conv2"), ACTIVATIONS,
				TrainingSetup.of(UpdateScheme.layers(List.of("fc"))));
		assertEquals(List.of("full", "last-layer", "bias-only", "bias-only + lite-residual", "layers fc"),
				memories.stream().map(memory -> memory.setup().scheme().label()).toList());
		assertEquals(36_784, memories.get(0).peakBytes());
		assertEquals(23_888, memories.get(2).peakBytes());
	}
}
