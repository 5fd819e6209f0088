package dev.tinyforge.analysis.training;

/**
 * The update rule, by the state it keeps per updated parameter: plain SGD none, SGD with momentum one velocity,
 * Adam two moments (Kingma and Ba, 2015), each a copy of the parameter in the weight precision.
 */
public enum Optimizer {
	SGD(0), SGD_MOMENTUM(1), ADAM(2);

	private final int stateCopies;

	Optimizer(int stateCopies) {
		this.stateCopies = stateCopies;
	}

	/** Copies of each updated parameter the optimizer keeps between steps. */
	public int stateCopies() {
		return stateCopies;
	}
}
