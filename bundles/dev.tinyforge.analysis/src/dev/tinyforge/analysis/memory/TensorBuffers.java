package dev.tinyforge.analysis.memory;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.Arrays;
import java.util.Objects;

/**
 * Gives the arena tensors of a graph buffers of a {@link BufferSet}. A tensor gets a group of its own unless its
 * operator runs in place ({@link InPlacePolicy}) or is fused into the next kernel; then it joins the group of the
 * input it writes over, at the same place or, for a kernel that needs its input ahead of its output, that lead
 * (rounded up to the alignment) below it. A fused operator's output is its input's bytes. Such a chain of tensors
 * is one rigid group whose footprint at a step spans its tensors live then; each run of steps with one footprint
 * is a buffer, so what the chain no longer needs is free for others. Groups are added in the order of their first
 * tensor id. Reuses its arrays across {@link #assign} calls; not thread-safe.
 */
public final class TensorBuffers {

	private int[] heads = new int[0]; // per tensor: the first tensor of its chain, -1 for constants
	private long[] displacements = new long[0]; // per tensor: bytes above its chain's lowest tensor
	private long[] bytes = new long[0]; // per tensor: what it holds in the arena
	private int[] buffers = new int[0]; // per tensor: the first buffer of its group, -1 for constants
	private int[] next = new int[0]; // per tensor: the next tensor of its chain, -1 for the last
	private int[] tails = new int[0]; // per chain head: its last tensor
	private int[] fusedInto = new int[0]; // per operator: the operator running it, -1 if it runs itself
	private int[] leadOps = new int[0]; // operators with a lead that may write over an input, and that input
	private int[] leadInputs = new int[0];
	private long[] leads = new long[0];
	private int[] joinedInputs = new int[0]; // the lead joins made, in order, to undo them
	private int[] joinedOutputs = new int[0];
	private long[] crowding = new long[2]; // per step, one more for a graph without operators: bytes live then
	private int group; // the group addGroup fills, -1 before its first buffer
	private int runStart; // the run of steps addGroup collects, -1 for none
	private int runEnd;
	private long runLow;
	private long runHigh;
	private int tensorCount;
	private int opCount;
	private BufferSet set;

	/** The bytes a tensor's buffer holds. */
	@FunctionalInterface
	public interface TensorSizes {
		long bytes(int tensor);
	}

	/** Adds one group per chain of {@code g}'s arena tensors to {@code into}, displacements unaligned. */
	public void assign(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, BufferSet into) {
		assign(g, lifetimes, policy, g::tensorBytes, 1, into);
	}

	/**
	 * As {@link #assign(LayerGraph, TensorLifetimes, InPlacePolicy, BufferSet)}, tensors of the given sizes and
	 * displacements multiples of {@code alignment}.
	 */
	public void assign(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, TensorSizes sizes,
			int alignment, BufferSet into) {
		ensureCapacity(g.tensorCount(), g.opCount());
		tensorCount = g.tensorCount();
		opCount = g.opCount();
		set = into;
		formChains(g, lifetimes, policy, sizes, alignment);
		normalize();
		for (int t = 0; t < tensorCount; t++) {
			if (heads[t] == t) {
				addGroup(t, lifetimes);
			}
		}
		for (int t = 0; t < tensorCount; t++) {
			buffers[t] = heads[t] < 0 ? -1 : buffers[heads[t]];
		}
	}

	/**
	 * Joins each output its operator writes over an input to the input's chain. Operators with a lead come last,
	 * those at the most crowded steps (by the bytes of the tensors live there) first, and join only if the chain
	 * then spans no more than its widest step: chains of leads would drift apart otherwise, each output further
	 * below its input, so that the rigid chain stretched wider than any step needs. Leads only pay where they
	 * lower the most bytes the chains take at one step; where they do not, they would only tie chains together,
	 * and no operator with a lead writes over its input.
	 */
	private void formChains(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, TensorSizes sizes,
			int alignment) {
		for (int t = 0; t < tensorCount; t++) {
			heads[t] = g.isConstant(t) ? -1 : t;
			displacements[t] = 0;
			bytes[t] = g.isConstant(t) ? 0 : sizes.bytes(t);
			next[t] = -1;
			tails[t] = t;
		}
		int candidates = 0;
		// Operators run in index order, so an input's chain is final before its consumer is seen.
		for (int op = 0; op < opCount; op++) {
			fusedInto[op] = -1;
			int k = writtenOver(g, lifetimes, policy, op);
			if (k < 0) {
				continue;
			}
			int in = g.opInput(op, k);
			int out = g.opOutput(op, 0);
			long lead = Alignment.up(policy.inputLead(g, op, k), alignment);
			int runner = policy.fusedInto(g, op);
			if (runner >= 0) {
				fusedInto[op] = runner;
				bytes[out] = bytes[in];
			}
			if (lead == 0) {
				join(in, out, 0);
			} else if (lead < bytes[out]) { // aligned, a lead may leave no overlap: no saving
				leadOps[candidates] = op;
				leadInputs[candidates] = in;
				leads[candidates++] = lead;
			}
		}
		if (candidates == 0) {
			return;
		}
		long withoutLeads = mostBytesLive(lifetimes);
		sortByCrowding(g, lifetimes, candidates);
		int joined = 0;
		for (int c = 0; c < candidates; c++) {
			int in = leadInputs[c];
			int out = g.opOutput(leadOps[c], 0);
			long shift = displacements[in] - leads[c] - displacements[out];
			if (spansNoMoreThanItsWidestStep(heads[in], heads[out], shift)) {
				join(in, out, leads[c]);
				joinedInputs[joined] = in;
				joinedOutputs[joined++] = out;
			}
		}
		if (joined > 0 && mostBytesLive(lifetimes) >= withoutLeads) {
			for (int j = joined - 1; j >= 0; j--) {
				split(joinedInputs[j], joinedOutputs[j]);
			}
		}
	}

	/**
	 * The most bytes the chains take at one step: at each, the span of each chain's tensors live then. A chain's
	 * tensors follow each other in time, each dying where the next is written over it: between those steps one
	 * tensor is live, at them two.
	 */
	private long mostBytesLive(TensorLifetimes lifetimes) {
		Arrays.fill(crowding, 0, opCount + 2, 0L);
		for (int head = 0; head < tensorCount; head++) {
			if (heads[head] != head) {
				continue;
			}
			for (int prev = -1, t = head; t >= 0; prev = t, t = next[t]) {
				int first = lifetimes.firstStep(t);
				crowding[first] += bytes[t];
				crowding[lifetimes.lastStep(t) + 1] -= bytes[t];
				if (prev >= 0) { // both live at first: count their span instead
					long overlap = bytes[prev] + bytes[t] - span(prev, 0, t, 0);
					crowding[first] -= overlap;
					crowding[first + 1] += overlap;
				}
			}
		}
		long most = 0;
		for (int step = 0; step <= opCount + 1; step++) {
			if (step > 0) {
				crowding[step] += crowding[step - 1];
			}
			most = Math.max(most, crowding[step]);
		}
		return most;
	}

	/** The bytes from the lower start to the higher end of tensors t and u, each shifted as given. */
	private long span(int t, long shiftT, int u, long shiftU) {
		long startT = displacements[t] + shiftT;
		long startU = displacements[u] + shiftU;
		return Math.max(startT + bytes[t], startU + bytes[u]) - Math.min(startT, startU);
	}

	/** Appends out's chain to in's, out {@code lead} bytes below in. */
	private void join(int in, int out, long lead) {
		int a = heads[in];
		int b = heads[out];
		long shift = displacements[in] - lead - displacements[out];
		for (int t = b; t >= 0; t = next[t]) {
			heads[t] = a;
			displacements[t] += shift;
		}
		next[tails[a]] = b;
		tails[a] = tails[b];
	}

	/** Undoes {@link #join}: out and the tensors after it form their own chain again, where they were before. */
	private void split(int in, int out) {
		int a = heads[in];
		long shift = displacements[out];
		for (int t = out; t >= 0; t = next[t]) {
			heads[t] = out;
			displacements[t] -= shift;
		}
		tails[out] = tails[a];
		tails[a] = in;
		next[in] = -1;
	}

	/**
	 * Whether chains a and b, b's tensors shifted and after a's, would span no more bytes than they take at their
	 * widest step: one tensor's bytes, or two neighbours' span where one dies as the next is written.
	 */
	private boolean spansNoMoreThanItsWidestStep(int a, int b, long shift) {
		long low = Long.MAX_VALUE;
		long high = Long.MIN_VALUE;
		long widest = 0;
		long prevShift = 0;
		for (int prev = -1, t = a; t >= 0; prev = t, t = t == tails[a] ? b : next[t]) {
			long tShift = heads[t] == b ? shift : 0;
			low = Math.min(low, displacements[t] + tShift);
			high = Math.max(high, displacements[t] + tShift + bytes[t]);
			widest = Math.max(widest, prev < 0 ? bytes[t] : span(prev, prevShift, t, tShift));
			prevShift = tShift;
		}
		return high - low <= widest;
	}

	/**
	 * Orders the candidates {@code [0, count)} by the bytes of all tensors live at their step, most first, then
	 * by step (insertion sort: few candidates).
	 */
	private void sortByCrowding(LayerGraph g, TensorLifetimes lifetimes, int count) {
		Arrays.fill(crowding, 0, opCount + 2, 0L);
		for (int t = 0; t < tensorCount; t++) {
			if (!g.isConstant(t)) {
				crowding[lifetimes.firstStep(t)] += bytes[t];
				crowding[lifetimes.lastStep(t) + 1] -= bytes[t];
			}
		}
		for (int step = 1; step <= opCount + 1; step++) {
			crowding[step] += crowding[step - 1];
		}
		for (int c = 1; c < count; c++) {
			int op = leadOps[c];
			int in = leadInputs[c];
			long lead = leads[c];
			int k = c;
			while (k > 0 && (crowding[op] > crowding[leadOps[k - 1]]
					|| crowding[op] == crowding[leadOps[k - 1]] && op < leadOps[k - 1])) {
				leadOps[k] = leadOps[k - 1];
				leadInputs[k] = leadInputs[k - 1];
				leads[k] = leads[k - 1];
				k--;
			}
			leadOps[k] = op;
			leadInputs[k] = in;
			leads[k] = lead;
		}
	}

	/** The first buffer of the tensor's group, -1 for a constant. */
	public int buffer(int tensor) {
		return buffers[Objects.checkIndex(tensor, tensorCount)];
	}

	/** The tensor's arena offset in the plan {@code bufferOffsets} of the buffers, -1 for a constant. */
	public long offset(int tensor, long[] bufferOffsets) {
		int buffer = buffer(tensor);
		return buffer < 0 ? -1 : bufferOffsets[buffer] - set.displacement(buffer) + displacements[tensor];
	}

	/**
	 * The operator whose kernel does operator {@code op}'s work, -1 if it runs itself: a fused operator writes
	 * nothing, its output is its input's bytes.
	 */
	public int fusedInto(int op) {
		return fusedInto[Objects.checkIndex(op, opCount)];
	}

	/**
	 * The index of the input the operator writes over, -1 if none: it dies here and the policy allows it (or
	 * fuses the operator).
	 */
	private static int writtenOver(LayerGraph g, TensorLifetimes lifetimes, InPlacePolicy policy, int op) {
		for (int k = 0; k < g.opInputCount(op); k++) {
			int t = g.opInput(op, k);
			if (!g.isConstant(t) && lifetimes.diesAt(t, op)
					&& (k == 0 && policy.fusedInto(g, op) >= 0 || policy.writesOver(g, op, k))) {
				return k;
			}
		}
		return -1;
	}

	/** Makes the displacements of each chain start at 0. */
	private void normalize() {
		for (int head = 0; head < tensorCount; head++) {
			if (heads[head] == head) {
				long low = 0;
				for (int t = head; t >= 0; t = next[t]) {
					low = Math.min(low, displacements[t]);
				}
				for (int t = head; t >= 0; t = next[t]) {
					displacements[t] -= low;
				}
			}
		}
	}

	/**
	 * One buffer per run of steps over which the chain's live tensors span the same bytes: a tensor alone between
	 * the steps where it is written over its predecessor and where its successor is written over it, both at those.
	 */
	private void addGroup(int head, TensorLifetimes lifetimes) {
		group = -1;
		runStart = -1;
		for (int prev = -1, t = head; t >= 0; prev = t, t = next[t]) {
			int from = lifetimes.firstStep(t);
			if (prev >= 0) {
				long low = Math.min(displacements[prev], displacements[t]);
				extendRun(from, from, low, low + span(prev, 0, t, 0));
				from++;
			}
			int to = next[t] >= 0 ? lifetimes.lastStep(t) - 1 : lifetimes.lastStep(t);
			if (from <= to) {
				extendRun(from, to, displacements[t], displacements[t] + bytes[t]);
			}
		}
		addRun();
		buffers[head] = group;
	}

	/** Adds steps {@code from..to} with the given footprint to the current run, or starts a new one. */
	private void extendRun(int from, int to, long low, long high) {
		if (runStart >= 0 && (low != runLow || high != runHigh)) {
			addRun();
		}
		if (runStart < 0) {
			runStart = from;
			runLow = low;
			runHigh = high;
		}
		runEnd = to;
	}

	private void addRun() {
		if (runStart >= 0) {
			int buffer = set.add(runHigh - runLow, runStart, runEnd, group, runLow);
			group = group < 0 ? buffer : group;
			runStart = -1;
		}
	}

	private void ensureCapacity(int tensors, int ops) {
		if (heads.length < tensors) {
			int capacity = Math.max(tensors, heads.length * 2);
			heads = new int[capacity];
			displacements = new long[capacity];
			bytes = new long[capacity];
			buffers = new int[capacity];
			next = new int[capacity];
			tails = new int[capacity];
		}
		if (fusedInto.length < ops) {
			int capacity = Math.max(ops, fusedInto.length * 2);
			fusedInto = new int[capacity];
			leadOps = new int[capacity];
			leadInputs = new int[capacity];
			leads = new long[capacity];
			joinedInputs = new int[capacity];
			joinedOutputs = new int[capacity];
			crowding = new long[capacity + 2];
		}
	}
}
