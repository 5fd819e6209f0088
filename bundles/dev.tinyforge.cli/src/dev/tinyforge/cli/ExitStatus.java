package dev.tinyforge.cli;

/** How {@code tinyforge} ends, for scripts and CI. */
public enum ExitStatus {

	/** Done: no errors, and every deployment fits its device. */
	OK(0),
	/**
	 * The model has errors, a network could not be analysed, a deployment does not fit, or a model cannot be
	 * imported, written as .tinyml, run (e.g. an input of the wrong size) or generated.
	 */
	FAILED(1),
	/** The command line is wrong: unknown command or option, missing or unusable file. */
	USAGE(2);

	private final int code;

	ExitStatus(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}
}
