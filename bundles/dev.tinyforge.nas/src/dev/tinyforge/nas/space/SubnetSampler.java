package dev.tinyforge.nas.space;

import java.util.random.RandomGenerator;

/**
 * Draws subnets uniformly, gene by gene, and changes them the way Once-for-All's evolution does: a mutation
 * redraws each gene with a probability, a crossover takes each gene from one of two parents.
 */
public final class SubnetSampler {

	private final ElasticSpace space;
	private final int[] firstSlots;
	private final int[] resolutions;
	private final int[][] stageDepths;
	private final int[][] slotKernels; // the choices of each slot, copied once out of the space
	private final int[][] slotExpands;

	public SubnetSampler(ElasticSpace space) {
		this.space = space;
		resolutions = space.resolutions();
		firstSlots = new int[space.stageCount()];
		stageDepths = new int[space.stageCount()][];
		slotKernels = new int[space.slotCount()][];
		slotExpands = new int[space.slotCount()][];
		for (int stage = 0; stage < space.stageCount(); stage++) {
			StageSpace choices = space.stage(stage);
			firstSlots[stage] = space.firstSlot(stage);
			stageDepths[stage] = choices.depths();
			for (int b = 0; b < choices.maxDepth(); b++) {
				slotKernels[firstSlots[stage] + b] = choices.kernels();
				slotExpands[firstSlots[stage] + b] = choices.expands();
			}
		}
	}

	public ElasticSpace space() {
		return space;
	}

	/** A subnet at the given width and resolution, its other genes drawn uniformly. */
	public Subnet sample(RandomGenerator random, double width, int resolution) {
		int[] depths = new int[stageDepths.length];
		for (int stage = 0; stage < depths.length; stage++) {
			depths[stage] = pick(random, stageDepths[stage]);
		}
		int[] kernels = new int[slotKernels.length];
		int[] expands = new int[slotKernels.length];
		for (int slot = 0; slot < kernels.length; slot++) {
			kernels[slot] = pick(random, slotKernels[slot]);
			expands[slot] = pick(random, slotExpands[slot]);
		}
		return new Subnet(resolution, width, depths, kernels, expands, firstSlots);
	}

	/**
	 * Redraws each kernel, expand ratio and depth with probability {@code probability}, and the resolution (from
	 * the space's resolutions) with {@code resolutionProbability}; the width stays.
	 */
	public Subnet mutate(RandomGenerator random, Subnet parent, double probability, double resolutionProbability) {
		int resolution = random.nextDouble() < resolutionProbability ? pick(random, resolutions)
				: parent.resolution();
		int[] depths = parent.depths();
		for (int stage = 0; stage < depths.length; stage++) {
			if (random.nextDouble() < probability) {
				depths[stage] = pick(random, stageDepths[stage]);
			}
		}
		int[] kernels = parent.slotKernels();
		int[] expands = parent.slotExpands();
		for (int slot = 0; slot < kernels.length; slot++) {
			if (random.nextDouble() < probability) {
				kernels[slot] = pick(random, slotKernels[slot]);
			}
			if (random.nextDouble() < probability) {
				expands[slot] = pick(random, slotExpands[slot]);
			}
		}
		return parent.with(resolution, depths, kernels, expands);
	}

	/** Each gene from one of the parents, chosen evenly; both must share the width. */
	public Subnet crossover(RandomGenerator random, Subnet a, Subnet b) {
		int resolution = random.nextBoolean() ? a.resolution() : b.resolution();
		int[] depths = new int[a.stageCount()];
		for (int stage = 0; stage < depths.length; stage++) {
			depths[stage] = random.nextBoolean() ? a.depth(stage) : b.depth(stage);
		}
		int[] kernels = new int[a.slotCount()];
		int[] expands = new int[a.slotCount()];
		for (int slot = 0; slot < kernels.length; slot++) {
			kernels[slot] = random.nextBoolean() ? a.slotKernel(slot) : b.slotKernel(slot);
			expands[slot] = random.nextBoolean() ? a.slotExpand(slot) : b.slotExpand(slot);
		}
		return a.with(resolution, depths, kernels, expands);
	}

	private static int pick(RandomGenerator random, int[] choices) {
		return choices[random.nextInt(choices.length)];
	}
}
