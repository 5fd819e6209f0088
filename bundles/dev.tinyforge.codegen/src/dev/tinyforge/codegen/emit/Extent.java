package dev.tinyforge.codegen.emit;

/**
 * A loop extent of a kernel: a number baked into its function, or a variable it reads at run time (when layers of
 * different shapes share the function). Arithmetic on a number is done here, so baked-in code reads as before.
 */
record Extent(String variable, int value) {

	static Extent of(int value) {
		return new Extent(null, value);
	}

	static Extent variable(String name) {
		return new Extent(name, 0);
	}

	boolean isKnown() {
		return variable == null;
	}

	String minus(int n) {
		return isKnown() ? Integer.toString(value - n) : n == 0 ? variable : variable + " - " + n;
	}

	@Override
	public String toString() {
		return isKnown() ? Integer.toString(value) : variable;
	}
}
