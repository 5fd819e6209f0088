package dev.tinyforge.cli.internal;

import java.io.PrintStream;

import dev.tinyforge.nas.SearchMonitor;

/** Prints each task of a search as it starts; the command line cancels by ending the process (Ctrl-C). */
final class ConsoleSearchMonitor implements SearchMonitor {

	private final PrintStream err;

	ConsoleSearchMonitor(PrintStream err) {
		this.err = err;
	}

	@Override
	public void begin(String task, int units) {
		err.println(task);
	}

	@Override
	public void worked(int units) {
		// one line per task is enough on a console
	}

	@Override
	public boolean isCanceled() {
		return false;
	}
}
