package dev.tinyforge.nas;

/** A search that cannot run or finds nothing, with a message for the user naming the reason. */
public final class SearchException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SearchException(String message) {
		super(message);
	}
}
