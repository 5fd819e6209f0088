package dev.tinyforge.nas.space;

/**
 * One network of an {@link ElasticSpace}: input resolution, width multiplier, the depth of each stage and the
 * kernel and expand ratio of every block slot. Slots beyond a stage's depth keep their genes (evolution may
 * switch them back on) but take no part in the network, its {@link #key()} or equality.
 */
public final class Subnet {

	private final int resolution;
	private final double width;
	private final int[] depths;
	private final int[] kernels;
	private final int[] expands;
	private final int[] firstSlots;
	private final String key;

	/**
	 * @param firstSlots the first slot of each stage, as {@link ElasticSpace#firstSlot} gives it
	 */
	public Subnet(int resolution, double width, int[] depths, int[] kernels, int[] expands, int[] firstSlots) {
		if (depths.length != firstSlots.length || kernels.length != expands.length) {
			throw new IllegalArgumentException("subnet: " + depths.length + " depths for " + firstSlots.length
					+ " stages, " + kernels.length + " kernels for " + expands.length + " expand ratios");
		}
		this.resolution = resolution;
		this.width = width;
		this.depths = depths.clone();
		this.kernels = kernels.clone();
		this.expands = expands.clone();
		this.firstSlots = firstSlots.clone();
		this.key = describe();
	}

	public int resolution() {
		return resolution;
	}

	public double width() {
		return width;
	}

	public int stageCount() {
		return depths.length;
	}

	public int depth(int stage) {
		return depths[stage];
	}

	/** Kernel of the stage's block {@code block} (from 0). */
	public int kernel(int stage, int block) {
		return kernels[firstSlots[stage] + block];
	}

	public int expand(int stage, int block) {
		return expands[firstSlots[stage] + block];
	}

	public int slotCount() {
		return kernels.length;
	}

	public int slotKernel(int slot) {
		return kernels[slot];
	}

	public int slotExpand(int slot) {
		return expands[slot];
	}

	/** A copy with other genes; arrays are copied. */
	public Subnet with(int resolution, int[] depths, int[] kernels, int[] expands) {
		return new Subnet(resolution, width, depths, kernels, expands, firstSlots);
	}

	/** A copy of the depths. */
	public int[] depths() {
		return depths.clone();
	}

	/** A copy of the slot kernels. */
	public int[] slotKernels() {
		return kernels.clone();
	}

	/** A copy of the slot expand ratios. */
	public int[] slotExpands() {
		return expands.clone();
	}

	/** Names the network: {@code r96 w0.5 | k3e4 k5e6 | k7e3 ...}, the active blocks of each stage. */
	public String key() {
		return key;
	}

	private String describe() {
		StringBuilder text = new StringBuilder().append('r').append(resolution).append(" w").append(width);
		for (int stage = 0; stage < depths.length; stage++) {
			text.append(" |");
			for (int block = 0; block < depths[stage]; block++) {
				text.append(" k").append(kernel(stage, block)).append('e').append(expand(stage, block));
			}
		}
		return text.toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Subnet subnet && key.equals(subnet.key);
	}

	@Override
	public int hashCode() {
		return key.hashCode();
	}

	@Override
	public String toString() {
		return key;
	}
}
