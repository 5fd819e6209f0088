package dev.tinyforge.nas;

/** The search stopped because its monitor asked; it has no result and wrote nothing. */
public final class SearchCanceledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SearchCanceledException() {
		super("search canceled");
	}
}
