package dev.tinyforge.codegen.emit;

/**
 * A loop extent of a kernel: a number baked into its function, or a variable it reads at run time (when layers of
 * different shapes share the function). Arithmetic on a number is done here, so baked-in code reads as before.
 *
 * @param value the number, or for a variable a number congruent to it modulo 8: the remainders the code is
 *              shaped by are known either way
 */
record Extent(String variable, int value) {

	static Extent of(int value) {
		return new Extent(null, value);
	}

	static Extent variable(String name) {
		return new Extent(name, 0);
	}

	/** A variable known to be congruent to {@code residue} modulo 8. */
	static Extent variable(String name, int residue) {
		return new Extent(name, residue);
	}

	boolean isKnown() {
		return variable == null;
	}

	/** The extent modulo {@code modulus}, a divisor of 8 for a variable. */
	int residue(int modulus) {
		if (!isKnown() && 8 % modulus != 0) {
			throw new IllegalArgumentException("a variable extent is known modulo 8, not " + modulus);
		}
		return value % modulus;
	}

	/** Whether the extent may be at least {@code n}: a number that is, or a variable. */
	boolean mayReach(int n) {
		return !isKnown() || value >= n;
	}

	String plus(int n) {
		return isKnown() ? Integer.toString(value + n) : n == 0 ? variable : variable + " + " + n;
	}

	String over(int n) {
		return isKnown() ? Integer.toString(value / n) : variable + " / " + n;
	}

	String times(int n) {
		return isKnown() || n == 0 ? Integer.toString(value * n) : n == 1 ? variable : n + " * " + variable;
	}

	String minus(int n) {
		return isKnown() ? Integer.toString(value - n) : n == 0 ? variable : variable + " - " + n;
	}

	@Override
	public String toString() {
		return isKnown() ? Integer.toString(value) : variable;
	}
}
