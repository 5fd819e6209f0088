package dev.tinyforge.codegen;

import java.io.IOException;

/**
 * The USER CODE sections of a file about to be regenerated cannot be carried over (markers that do not pair up,
 * or code in a section no longer generated); the folder is left as it was.
 */
public final class UserCodeException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String location;
	private final String reason;

	/** @param line from 1, or 0 for the whole file */
	public UserCodeException(String file, int line, String reason) {
		super((line > 0 ? file + ":" + line : file) + ": " + reason);
		this.location = line > 0 ? file + ":" + line : file;
		this.reason = reason;
	}

	/** {@code FILE:LINE}, or {@code FILE} */
	public String location() {
		return location;
	}

	public String reason() {
		return reason;
	}
}
