package dev.tinyforge.cli.internal;

/** The arguments do not form a command: none given, an unknown command or option, a missing FILE. */
public final class UsageException extends Exception {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
