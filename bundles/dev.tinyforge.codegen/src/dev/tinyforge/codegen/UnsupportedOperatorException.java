package dev.tinyforge.codegen;

/** An operator, or a configuration of one, that the code generator has no kernel for. Nothing was written. */
public final class UnsupportedOperatorException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public UnsupportedOperatorException(String message) {
		super(message);
	}
}
