package dev.tinyforge.codegen.output;

import java.io.IOException;

/**
 * The USER CODE sections of a file about to be regenerated cannot be carried over; the folder is left as it was.
 */
public final class UserCodeException extends IOException {

	private static final long serialVersionUID = 1L;

	/** @param line from 1, or 0 for the whole file */
	public UserCodeException(String file, int line, String reason) {
		super(file + (line > 0 ? ":" + line : "") + ": " + reason);
	}
}
