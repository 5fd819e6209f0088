package dev.tinyforge.analysis;

import dev.tinyforge.analysis.patch.PatchPhase;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link NetworkAnalyzer#analyze}: per-operator costs, the planned SRAM arena and
 * totals. A step is an operator index: operator i runs at step i.
 * <p>
 * The arena plan is what the generated code declares and uses: one {@code uint8_t} array of
 * {@link #arenaBytes()} bytes, every arena tensor at its {@link #tensorOffset}, every operator's scratch
 * at its {@link #scratchOffset}. An operator runs its in-place kernel exactly when its output's offset
 * equals one of its inputs' offsets: tensors live at the same step otherwise never overlap (see
 * {@link dev.tinyforge.analysis.memory.CodegenInPlacePolicy} for when the analysis lets them share).
 * <p>
 * An instance can be handed to {@link NetworkAnalyzer#analyze(dev.tinyforge.analysis.graph.LayerGraph,
 * NetworkAnalysis)} again and again; it keeps its arrays when they are large enough, so repeated
 * analyses do not allocate. Accessors therefore check indices against the last analysed graph.
 */
public final class NetworkAnalysis {

	int opCount;
	int tensorCount;

	long[] macs = new long[0];
	long[] params = new long[0];
	long[] weightBytes = new long[0];
	long[] inputBytes = new long[0];
	long[] outputBytes = new long[0];
	long[] scratchBytes = new long[0];
	long[] scratchOffsets = new long[0];
	long[] liveBytes = new long[1]; // one step more than operators for a graph without any
	long[] tensorOffsets = new long[0];
	int[] fusedInto = new int[0];

	long totalMacs;
	long totalParams;
	long totalWeightBytes;
	long arenaBytes;
	long maxLiveBytes;
	int peakStep;
	PatchPhase patchPhase;

	/** Sizes the arrays for a graph and clears the totals. */
	void prepare(int opCount, int tensorCount) {
		this.opCount = opCount;
		this.tensorCount = tensorCount;
		if (macs.length < opCount) {
			int capacity = Math.max(opCount, macs.length * 2);
			macs = new long[capacity];
			params = new long[capacity];
			weightBytes = new long[capacity];
			inputBytes = new long[capacity];
			outputBytes = new long[capacity];
			scratchBytes = new long[capacity];
			scratchOffsets = new long[capacity];
			liveBytes = new long[capacity];
			fusedInto = new int[capacity];
		}
		if (tensorOffsets.length < tensorCount) {
			tensorOffsets = new long[Math.max(tensorCount, tensorOffsets.length * 2)];
		}
		totalMacs = 0;
		totalParams = 0;
		totalWeightBytes = 0;
		arenaBytes = 0;
		maxLiveBytes = 0;
		peakStep = -1;
		patchPhase = null;
	}

	public int opCount() {
		return opCount;
	}

	public int tensorCount() {
		return tensorCount;
	}

	public long macs(int op) {
		return macs[checkOp(op)];
	}

	/** Elements of the operator's constant inputs. */
	public long params(int op) {
		return params[checkOp(op)];
	}

	/** Bytes of the operator's constant inputs (Flash). */
	public long weightBytes(int op) {
		return weightBytes[checkOp(op)];
	}

	/** Bytes of the operator's non-constant inputs. */
	public long inputBytes(int op) {
		return inputBytes[checkOp(op)];
	}

	public long outputBytes(int op) {
		return outputBytes[checkOp(op)];
	}

	public long scratchBytes(int op) {
		return scratchBytes[checkOp(op)];
	}

	/** Arena offset of the operator's scratch buffer, -1 if it has none. */
	public long scratchOffset(int op) {
		return scratchOffsets[checkOp(op)];
	}

	/**
	 * Bytes live at the operator's step: the buffers of the tensors in use or kept for later, plus its
	 * scratch. The tensors of one in-place chain count once, as the bytes its tensors live then span.
	 */
	public long liveBytes(int op) {
		return liveBytes[checkOp(op)];
	}

	/**
	 * Arena offset of the tensor, -1 for constants; an in-place output starts where the input it writes over
	 * does, or before it (see {@link dev.tinyforge.analysis.memory.CodegenInPlacePolicy}).
	 */
	public long tensorOffset(int tensor) {
		return tensorOffsets[Objects.checkIndex(tensor, tensorCount)];
	}

	/**
	 * The operator whose kernel does this operator's work, -1 if it runs itself: a PAD fused into the depthwise
	 * convolution reading it, whose output is never written and lies where its input does.
	 */
	public int fusedInto(int op) {
		return fusedInto[checkOp(op)];
	}

	public long totalMacs() {
		return totalMacs;
	}

	/** Elements of all constant tensors, each counted once even if several operators share it. */
	public long totalParams() {
		return totalParams;
	}

	/** Bytes of all constant tensors, each counted once even if several operators share it. */
	public long totalWeightBytes() {
		return totalWeightBytes;
	}

	/** The planned arena size, which the generated code must declare; at least {@link #maxLiveBytes()}. */
	public long arenaBytes() {
		return arenaBytes;
	}

	/** The most bytes live at one step: the lower bound any arena plan must reach. */
	public long maxLiveBytes() {
		return maxLiveBytes;
	}

	/** The step with the most live bytes (the first on ties), -1 for a graph without operators. */
	public int peakStep() {
		return peakStep;
	}

	/**
	 * The patch phase when the network was analysed with a patch plan: then the live bytes and scratch of the
	 * prefix' steps are those of one patch, and {@link #macs} stays the layer-by-layer count.
	 */
	public Optional<PatchPhase> patchPhase() {
		return Optional.ofNullable(patchPhase);
	}

	private int checkOp(int op) {
		return Objects.checkIndex(op, opCount);
	}

	@Override
	public String toString() {
		return "NetworkAnalysis[" + opCount + " operators, " + totalMacs + " MACs, " + totalWeightBytes
				+ " weight bytes, arena " + arenaBytes + " bytes, peak " + maxLiveBytes + " bytes at step " + peakStep
				+ (patchPhase == null ? "" : ", " + patchPhase.plan()) + "]";
	}
}
