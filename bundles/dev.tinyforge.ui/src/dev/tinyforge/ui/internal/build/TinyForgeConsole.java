package dev.tinyforge.ui.internal.build;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleManager;
import org.eclipse.ui.console.MessageConsole;
import org.eclipse.ui.console.MessageConsoleStream;

/** The TinyForge console (Console view): what each generation wrote, or why it failed. */
final class TinyForgeConsole {

	static final String NAME = "TinyForge";

	private TinyForgeConsole() {
	}

	/** One line per deploy, as the command line prints it. */
	static void report(IFile file, CodeGeneration.Outcome outcome) {
		try (MessageConsoleStream stream = console().newMessageStream()) {
			stream.println(file.getFullPath() + ", deploy " + outcome.deploy() + ":");
			if (!outcome.output().isEmpty()) {
				stream.println("  " + outcome.output());
			}
			if (!outcome.errors().isEmpty()) {
				stream.println("  " + outcome.errors().replace("\n", "\n  "));
			}
		} catch (IOException e) {
			ILog.of(TinyForgeConsole.class).warn("Cannot write to the TinyForge console", e);
		}
	}

	/** The console, created on first use. */
	static MessageConsole console() {
		IConsoleManager manager = ConsolePlugin.getDefault().getConsoleManager();
		for (IConsole console : manager.getConsoles()) {
			if (console instanceof MessageConsole message && NAME.equals(console.getName())) {
				return message;
			}
		}
		MessageConsole console = new MessageConsole(NAME, null);
		manager.addConsoles(new IConsole[] { console });
		return console;
	}
}
