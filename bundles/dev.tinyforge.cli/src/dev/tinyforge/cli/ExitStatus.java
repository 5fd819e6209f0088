package dev.tinyforge.cli;

/** How {@code tinyforge} ends, for scripts and CI. */
public enum ExitStatus {

	/** Done: no errors, and every deployment fits its device. */
	OK(0),
	/** The model has errors, a network could not be analysed, or a deployment does not fit. */
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
