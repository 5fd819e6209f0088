package dev.tinyforge.nas;

/**
 * How a search reports progress and learns that it should stop; the CLI and the IDE's job each supply one.
 * Called from the searching thread only.
 */
public interface SearchMonitor {

	/** Reports nothing and never cancels. */
	SearchMonitor NONE = new SearchMonitor() {
		@Override
		public void begin(String task, int units) {
		}

		@Override
		public void worked(int units) {
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	/** A new task of {@code units} units of work starts. */
	void begin(String task, int units);

	void worked(int units);

	boolean isCanceled();

	/** @throws SearchCanceledException if the monitor asks to stop */
	default void checkCanceled() {
		if (isCanceled()) {
			throw new SearchCanceledException();
		}
	}
}
