package dev.tinyforge.analysis;

import dev.tinyforge.analysis.cost.KernelScratchModel;
import dev.tinyforge.analysis.cost.OperatorCosts;
import dev.tinyforge.analysis.cost.ScratchModel;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.memory.BestOfPlanner;
import dev.tinyforge.analysis.memory.BufferSet;
import dev.tinyforge.analysis.memory.CodegenInPlacePolicy;
import dev.tinyforge.analysis.memory.InPlacePolicy;
import dev.tinyforge.analysis.memory.MemoryPlanner;
import dev.tinyforge.analysis.memory.TensorBuffers;
import dev.tinyforge.analysis.memory.TensorLifetimes;
import dev.tinyforge.analysis.patch.PatchPhase;
import dev.tinyforge.analysis.patch.PatchPlan;
import dev.tinyforge.analysis.patch.PatchPlans;
import dev.tinyforge.analysis.patch.PatchScratch;
import dev.tinyforge.analysis.patch.PatchTiling;
import java.util.List;
import java.util.Objects;

/**
 * Analyses graphs: operator costs, tensor lifetimes, an arena plan and live bytes per step.
 * <p>
 * The plan is the arena the generated code declares: every arena tensor and every operator's scratch
 * is a buffer, except that an operator running in place ({@link InPlacePolicy}) writes its output into
 * its input's buffer, so both tensors get the same offset.
 * <p>
 * With a {@link PatchPlan}, the prefix runs patch by patch: its tensors are buffers of one patch window, in
 * place never, its input and the split operator's full output stay live over the whole prefix, and two more
 * buffers hold the input window each patch copies in and the split output window it copies out.
 * <p>
 * Keeps its work arrays between calls, and {@link #analyze(LayerGraph, NetworkAnalysis)} reuses the
 * result's arrays, so analysing graphs of a similar size repeatedly does not allocate. An instance,
 * like the planner it holds, belongs to one thread.
 */
public final class NetworkAnalyzer {

	private final ScratchModel scratchModel;
	private final InPlacePolicy inPlacePolicy;
	private final MemoryPlanner planner;

	private final TensorLifetimes lifetimes = new TensorLifetimes();
	private final BufferSet buffers = new BufferSet();
	private final TensorBuffers tensorBuffers = new TensorBuffers();
	private int[] scratchBuffers = new int[0]; // buffer id per operator, -1 without scratch
	private long[] bufferOffsets = new long[0];
	private int patchInputBuffer = -1;
	private int patchOutputBuffer = -1;

	/**
	 * As the generated code runs: its kernels' scratch and in-place rules, and the best plan of all
	 * heuristics with 4-byte alignment.
	 */
	public NetworkAnalyzer() {
		this(new KernelScratchModel(), new CodegenInPlacePolicy(),
				BestOfPlanner.allHeuristics(MemoryPlanner.DEFAULT_ALIGNMENT));
	}

	/** The given scratch and planner, every tensor in a buffer of its own: no operator runs in place. */
	public NetworkAnalyzer(ScratchModel scratchModel, MemoryPlanner planner) {
		this(scratchModel, InPlacePolicy.NONE, planner);
	}

	public NetworkAnalyzer(ScratchModel scratchModel, InPlacePolicy inPlacePolicy, MemoryPlanner planner) {
		this.scratchModel = Objects.requireNonNull(scratchModel, "scratchModel");
		this.inPlacePolicy = Objects.requireNonNull(inPlacePolicy, "inPlacePolicy");
		this.planner = Objects.requireNonNull(planner, "planner");
	}

	/** Analyses the graph into a new result. */
	public NetworkAnalysis analyze(LayerGraph g) {
		NetworkAnalysis result = new NetworkAnalysis();
		analyze(g, result);
		return result;
	}

	/** Analyses the graph into {@code into}, overwriting it and reusing its arrays. */
	public void analyze(LayerGraph g, NetworkAnalysis into) {
		analyze(g, null, into);
	}

	/**
	 * Analyses the graph run with the patch plan into a new result.
	 *
	 * @throws IllegalArgumentException with the plan's {@linkplain PatchPlans#problems problems} if it cannot run
	 */
	public NetworkAnalysis analyze(LayerGraph g, PatchPlan plan) {
		NetworkAnalysis result = new NetworkAnalysis();
		analyze(g, plan, result);
		return result;
	}

	/** As {@link #analyze(LayerGraph, PatchPlan)} into {@code into}; a null plan runs layer by layer. */
	public void analyze(LayerGraph g, PatchPlan plan, NetworkAnalysis into) {
		PatchTiling tiling = plan == null ? null : tiling(g, plan);
		into.prepare(g.opCount(), g.tensorCount());
		ensureCapacity(g);
		costOperators(g, into);
		countConstants(g, into);
		collectBuffers(g, tiling, into);
		placeBuffers(g, into);
		measureLiveBytes(g, into);
		if (tiling != null) {
			into.patchPhase = new PatchPhase(tiling, offsetOf(patchInputBuffer), offsetOf(patchOutputBuffer),
					tiling.executedMacs(), tiling.prefixMacs(), into.totalMacs);
		}
	}

	private static PatchTiling tiling(LayerGraph g, PatchPlan plan) {
		List<String> problems = PatchPlans.problems(g, plan);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
		return new PatchTiling(g, plan);
	}

	private void costOperators(LayerGraph g, NetworkAnalysis into) {
		for (int op = 0; op < g.opCount(); op++) {
			into.macs[op] = OperatorCosts.macs(g, op);
			into.params[op] = OperatorCosts.params(g, op);
			into.weightBytes[op] = OperatorCosts.weightBytes(g, op);
			into.inputBytes[op] = OperatorCosts.inputBytes(g, op);
			into.outputBytes[op] = OperatorCosts.outputBytes(g, op);
			long scratch = scratchModel.scratchBytes(g, op);
			if (scratch < 0) {
				throw new IllegalArgumentException("scratch model gave " + scratch + " bytes for operator '"
						+ g.opName(op) + "' (#" + op + ")");
			}
			into.scratchBytes[op] = scratch;
			into.totalMacs += into.macs[op];
		}
	}

	/** Over the tensors rather than the operators, so shared constants count once. */
	private static void countConstants(LayerGraph g, NetworkAnalysis into) {
		for (int t = 0; t < g.tensorCount(); t++) {
			if (g.isConstant(t)) {
				into.totalParams += g.tensorElements(t);
				into.totalWeightBytes += g.tensorBytes(t);
			}
		}
	}

	private void collectBuffers(LayerGraph g, PatchTiling tiling, NetworkAnalysis into) {
		lifetimes.compute(g);
		buffers.clear();
		patchInputBuffer = -1;
		patchOutputBuffer = -1;
		if (tiling == null) {
			tensorBuffers.assign(g, lifetimes, inPlacePolicy, g::tensorBytes, planner.alignment(), buffers);
		} else {
			PatchPlan plan = tiling.plan();
			int first = plan.firstOp();
			int split = plan.splitOp();
			lifetimes.widen(g.opInput(first, 0), first, split);
			lifetimes.widen(g.opOutput(split, 0), first, split);
			tensorBuffers.assign(g, lifetimes, new LayerByLayer(plan), t -> patchWindowBytes(g, tiling, t),
					planner.alignment(), buffers);
			patchInputBuffer = buffers.add(tiling.inputTileBytes(first), first, first);
			patchOutputBuffer = buffers.add(tiling.outputTileBytes(split), split, split);
			for (int op = first; op <= split; op++) {
				into.scratchBytes[op] = PatchScratch.bytes(tiling, op, into.scratchBytes[op]);
			}
		}
		for (int op = 0; op < g.opCount(); op++) {
			long scratch = into.scratchBytes[op];
			scratchBuffers[op] = scratch == 0 ? -1 : buffers.add(scratch, op, op);
		}
	}

	/** The analyzer's in-place and fusion rules outside a patch plan's prefix; inside it nothing runs in place. */
	private final class LayerByLayer implements InPlacePolicy {

		private final PatchPlan plan;

		LayerByLayer(PatchPlan plan) {
			this.plan = plan;
		}

		@Override
		public boolean writesOver(LayerGraph g, int op, int input) {
			return !plan.inPrefix(op) && inPlacePolicy.writesOver(g, op, input);
		}

		@Override
		public long inputLead(LayerGraph g, int op, int input) {
			return inPlacePolicy.inputLead(g, op, input);
		}

		@Override
		public int fusedInto(LayerGraph g, int op) {
			int runner = plan.inPrefix(op) ? -1 : inPlacePolicy.fusedInto(g, op);
			return runner >= 0 && !plan.inPrefix(runner) ? runner : -1;
		}
	}

	/** A tensor written inside the prefix, other than the split output, holds one patch window. */
	private static long patchWindowBytes(LayerGraph g, PatchTiling tiling, int tensor) {
		int producer = g.producer(tensor);
		PatchPlan plan = tiling.plan();
		return plan.inPrefix(producer) && producer != plan.splitOp() ? tiling.outputTileBytes(producer)
				: g.tensorBytes(tensor);
	}

	private void placeBuffers(LayerGraph g, NetworkAnalysis into) {
		long arena = planner.plan(buffers, bufferOffsets);
		for (int b = 0; b < buffers.count(); b++) {
			if (bufferOffsets[b] < 0 || bufferOffsets[b] + buffers.size(b) > arena) {
				throw new IllegalStateException("planner " + planner.getClass().getSimpleName() + " put buffer #" + b
						+ " of " + buffers.size(b) + " bytes at " + bufferOffsets[b] + ", outside its arena of "
						+ arena + " bytes");
			}
		}
		into.arenaBytes = arena;
		for (int t = 0; t < g.tensorCount(); t++) {
			into.tensorOffsets[t] = tensorBuffers.offset(t, bufferOffsets);
		}
		for (int op = 0; op < g.opCount(); op++) {
			into.fusedInto[op] = tensorBuffers.fusedInto(op);
		}
		for (int op = 0; op < g.opCount(); op++) {
			into.scratchOffsets[op] = offsetOf(scratchBuffers[op]);
		}
	}

	private long offsetOf(int buffer) {
		return buffer < 0 ? -1 : bufferOffsets[buffer];
	}

	/** A graph without operators still holds its inputs at step 0, which maxLiveBytes reports. */
	private void measureLiveBytes(LayerGraph g, NetworkAnalysis into) {
		int steps = Math.max(g.opCount(), 1);
		long[] live = into.liveBytes;
		buffers.liveBytesPerStep(live, steps);
		int peak = 0;
		for (int step = 1; step < steps; step++) {
			if (live[step] > live[peak]) {
				peak = step;
			}
		}
		into.maxLiveBytes = live[peak];
		into.peakStep = g.opCount() == 0 ? -1 : peak;
	}

	private void ensureCapacity(LayerGraph g) {
		if (scratchBuffers.length < g.opCount()) {
			scratchBuffers = new int[Math.max(g.opCount(), scratchBuffers.length * 2)];
		}
		int maxBuffers = g.tensorCount() + g.opCount() + 2;
		if (bufferOffsets.length < maxBuffers) {
			bufferOffsets = new long[Math.max(maxBuffers, bufferOffsets.length * 2)];
		}
	}
}
