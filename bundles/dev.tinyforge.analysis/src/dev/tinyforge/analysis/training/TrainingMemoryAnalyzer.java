package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.memory.BestOfPlanner;
import dev.tinyforge.analysis.memory.BufferSet;
import dev.tinyforge.analysis.memory.MemoryPlanner;
import java.util.Arrays;
import java.util.List;

/**
 * Plans the SRAM of one training step: n operators forward (steps 0..n-1), backward in reverse (operator i at step
 * 2n-1-i), then the optimizer's update (step 2n). Every item below is a buffer with a lifetime; the best plan of
 * the arena planners places them, so buffers whose lifetimes do not meet share memory.
 * <ul>
 * <li>Activations, in the activation precision and times the batch, from their producer (step 0 for graph
 * inputs) to their last forward reader, or longer where a backward step needs them. Graph outputs live to the
 * first backward step, where the loss reads them.</li>
 * <li>Kept for the backward pass (TinyTL, Section 3.1 and its memory profiler): a convolution or fully connected
 * layer that updates its weights keeps its input (dW = x^T dY); updating only its bias does not (db = sum dY),
 * nor does passing the gradient on (dX = W^T dY needs the frozen weights, which stay in Flash). A fused ReLU or
 * ReLU6 keeps one bit per output element ({@link FusedActivation}); a LOGISTIC or SOFTMAX its output; a MUL each
 * input whose partner needs a gradient; a MAX_POOL_2D one bit per input element marking where each window's
 * maximum was. Pools, adds, pads, reshapes and (de)quantization keep nothing.</li>
 * <li>Activation gradients, one buffer per tensor the backward pass reaches, from the backward step of its last
 * reader, which starts it, to that of its producer, which consumes it.</li>
 * <li>Updated parameters (their SRAM copy) and optimizer state for the whole step; parameter gradients from the
 * backward step that computes them to the update, as a framework's {@code optimizer.step()} applies them.</li>
 * <li>Lite residual modules ({@link LiteResidualModule}) at their block's last operator: the pooled input and the
 * middle activation (kept), a ReLU mask, the output in the forward step; the three gradients in the backward step;
 * parameters, gradients and state like the network's.</li>
 * </ul>
 * Kernel scratch buffers are left out: they depend on the training kernels, which this analysis does not know.
 * Frozen weights stay in Flash and are reported, not planned. The planner keeps work arrays between analyses, so an
 * instance belongs to one thread.
 */
public final class TrainingMemoryAnalyzer {

	private static final int BITS_PER_BYTE = 8;

	private final MemoryPlanner planner = BestOfPlanner.allHeuristics(MemoryPlanner.DEFAULT_ALIGNMENT);

	/**
	 * @param activations the activation fused into each operator, by operator index
	 * @throws IllegalArgumentException if the scheme names a layer the graph lacks or the graph has none to train
	 */
	public TrainingMemory analyze(LayerGraph g, FusedActivation[] activations, TrainingSetup setup) {
		if (activations.length != g.opCount()) {
			throw new IllegalArgumentException(
					activations.length + " activations for a graph of " + g.opCount() + " operators");
		}
		return new Step(g, activations, setup).plan();
	}

	/** The buffers of one analysis. */
	private final class Step {

		private final LayerGraph g;
		private final FusedActivation[] activations;
		private final TrainingSetup setup;
		private final int n;
		private final TrainableParameters parameters;
		private final LiteResidualModule[] moduleAt; // per operator: the module running there, or null
		private final GradientPath path;
		private final int[] keptUntil; // per tensor: the last backward step that reads it, -1 for none
		private final TrainingMemory memory;
		private final BufferSet buffers = new BufferSet();

		Step(LayerGraph g, FusedActivation[] activations, TrainingSetup setup) {
			this.g = g;
			this.activations = activations;
			this.setup = setup;
			n = g.opCount();
			parameters = TrainableParameters.select(g, setup.scheme());
			moduleAt = new LiteResidualModule[n];
			List<LiteResidualModule> modules = setup.scheme().liteResidual() == null ? List.of()
					: LiteResidualModule.of(g, setup.scheme().liteResidual());
			modules.forEach(module -> moduleAt[module.lastOp()] = module);
			boolean[] trains = new boolean[n];
			for (int op = 0; op < n; op++) {
				trains[op] = parameters.updatesAny(op) || moduleAt[op] != null;
			}
			path = new GradientPath(g, trains);
			keptUntil = new int[g.tensorCount()];
			Arrays.fill(keptUntil, -1);
			memory = new TrainingMemory(setup, n);
			memory.liteResidualModules = modules.size();
		}

		TrainingMemory plan() {
			for (int op = 0; op < n; op++) {
				memory.updatesWeights[op] = parameters.updatesWeights(op);
				memory.updatesBias[op] = parameters.updatesBias(op);
				if (path.reaches(op)) {
					keepForBackward(op);
				}
				addParameters(op);
				if (moduleAt[op] != null) {
					addLiteResidual(moduleAt[op]);
				}
			}
			addActivations();
			addActivationGradients();
			countFrozenWeights();
			long[] offsets = new long[buffers.count()];
			memory.arenaBytes = planner.plan(buffers, offsets);
			buffers.liveBytesPerStep(memory.liveBytes, update() + 1);
			int peak = 0;
			for (int step = 1; step <= update(); step++) {
				if (memory.liveBytes[step] > memory.liveBytes[peak]) {
					peak = step;
				}
			}
			memory.peakStep = peak;
			return memory;
		}

		private void keepForBackward(int op) {
			int maskBits = activations[op].maskBits();
			if (maskBits > 0) {
				memory.keptActivationBytes[op] += addMask(g.tensorElements(g.opOutput(op, 0)) * maskBits, op);
			}
			switch (g.opKind(op)) {
			case CONV_2D, DEPTHWISE_CONV_2D, FULLY_CONNECTED -> {
				if (parameters.updatesWeights(op)) {
					keep(g.opInput(op, 0), op);
				}
			}
			case LOGISTIC, SOFTMAX -> {
				if (path.passesGradient(op)) {
					keep(g.opOutput(op, 0), op);
				}
			}
			case MUL -> {
				for (int k = 0; k < 2; k++) {
					if (path.needsGradient(g.opInput(op, 1 - k)) && !g.isConstant(g.opInput(op, k))) {
						keep(g.opInput(op, k), op);
					}
				}
			}
			case MAX_POOL_2D -> {
				if (path.passesGradient(op)) {
					memory.keptActivationBytes[op] += addMask(g.tensorElements(g.opInput(op, 0)), op);
				}
			}
			case ADD, AVERAGE_POOL_2D, MEAN, PAD, RESHAPE, QUANTIZE, DEQUANTIZE -> {
			}
			}
		}

		/** Keeps the tensor until the operator's backward step; its bytes count at the first operator keeping it. */
		private void keep(int tensor, int op) {
			if (keptUntil[tensor] < 0) {
				memory.keptActivationBytes[op] += activationBytes(g.tensorElements(tensor));
			}
			keptUntil[tensor] = Math.max(keptUntil[tensor], backward(op));
		}

		/** A bit mask of {@code bits} bits per sample, from the operator's forward to its backward step. */
		private long addMask(long bits, int op) {
			long bytes = (bits * setup.batch() + BITS_PER_BYTE - 1) / BITS_PER_BYTE;
			buffers.add(bytes, op, backward(op));
			return bytes;
		}

		private void addParameters(int op) {
			long elements = (parameters.updatesWeights(op) ? TrainableParameters.weightElements(g, op) : 0)
					+ (parameters.updatesBias(op) ? TrainableParameters.biasElements(g, op) : 0);
			if (elements > 0) {
				memory.parameterBytes[op] = parameterBytes(elements);
				memory.gradientBytes[op] = parameterBytes(elements);
				memory.optimizerStateBytes[op] = addTrainedParameters(elements, op);
			}
		}

		/** The parameters, their gradients from the operator's backward step and the optimizer state. */
		private long addTrainedParameters(long elements, int op) {
			long bytes = parameterBytes(elements);
			long state = bytes * setup.optimizer().stateCopies();
			buffers.add(bytes, 0, update());
			buffers.add(bytes, backward(op), update());
			if (state > 0) {
				buffers.add(state, 0, update());
			}
			return state;
		}

		private void addLiteResidual(LiteResidualModule module) {
			int op = module.lastOp();
			long pooled = activationBytes(module.pooledElements());
			long middle = activationBytes(module.middleElements());
			long output = activationBytes(module.outputElements());
			buffers.add(pooled, op, backward(op));
			buffers.add(middle, op, backward(op));
			long mask = addMask(module.middleElements(), op);
			buffers.add(output, op, op);
			buffers.add(output, backward(op), backward(op));
			buffers.add(middle, backward(op), backward(op));
			if (path.needsGradient(module.input())) {
				buffers.add(pooled, backward(op), backward(op));
			}
			long state = addTrainedParameters(module.params(), op);
			memory.liteResidualBytes[op] = pooled + middle + mask + 2 * parameterBytes(module.params()) + state;
		}

		/** Every arena tensor from its producer to its last forward or backward reader. */
		private void addActivations() {
			int[] lastRead = new int[g.tensorCount()];
			Arrays.fill(lastRead, -1);
			for (int k = 0; k < g.graphInputCount(); k++) {
				lastRead[g.graphInput(k)] = 0;
			}
			for (int op = 0; op < n; op++) {
				for (int k = 0; k < g.opInputCount(op); k++) {
					lastRead[g.opInput(op, k)] = op;
				}
				if (moduleAt[op] != null) {
					lastRead[moduleAt[op].input()] = op;
				}
			}
			for (int k = 0; k < g.graphOutputCount(); k++) {
				lastRead[g.graphOutput(k)] = n;
			}
			for (int t = 0; t < g.tensorCount(); t++) {
				if (!g.isConstant(t)) {
					int first = Math.max(g.producer(t), 0);
					int last = Math.max(first, Math.max(lastRead[t], keptUntil[t]));
					buffers.add(activationBytes(g.tensorElements(t)), first, last);
				}
			}
		}

		/** From the backward step of the tensor's last reader (or the loss) to that of its producer. */
		private void addActivationGradients() {
			int[] firstBackward = new int[g.tensorCount()];
			Arrays.fill(firstBackward, Integer.MAX_VALUE);
			for (int op = 0; op < n; op++) {
				for (int k = 0; k < g.opInputCount(op); k++) {
					firstBackward[g.opInput(op, k)] = backward(op);
				}
				if (moduleAt[op] != null) {
					int input = moduleAt[op].input();
					firstBackward[input] = Math.min(firstBackward[input], backward(op));
				}
			}
			for (int k = 0; k < g.graphOutputCount(); k++) {
				firstBackward[g.graphOutput(k)] = n;
			}
			for (int t = 0; t < g.tensorCount(); t++) {
				if (path.needsGradient(t) && firstBackward[t] != Integer.MAX_VALUE) {
					buffers.add(activationBytes(g.tensorElements(t)), firstBackward[t], backward(g.producer(t)));
				}
			}
		}

		/** Constant tensors other than the updated weights and biases, as stored. */
		private void countFrozenWeights() {
			boolean[] updated = new boolean[g.tensorCount()];
			for (int op = 0; op < n; op++) {
				if (parameters.updatesWeights(op)) {
					updated[g.opInput(op, 1)] = true;
				}
				if (parameters.updatesBias(op) && g.opInputCount(op) > 2) {
					updated[g.opInput(op, 2)] = true;
				}
			}
			for (int t = 0; t < g.tensorCount(); t++) {
				if (g.isConstant(t) && !updated[t]) {
					memory.frozenWeightBytes += g.tensorBytes(t);
				}
			}
		}

		private long activationBytes(long elements) {
			return elements * setup.batch() * setup.activations().bytes();
		}

		private long parameterBytes(long elements) {
			return elements * setup.weights().bytes();
		}

		private int backward(int op) {
			return 2 * n - 1 - op;
		}

		private int update() {
			return 2 * n;
		}
	}
}
