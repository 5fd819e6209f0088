package dev.tinyforge.cli.internal;

import java.util.Set;

/**
 * The parsed arguments of one invocation.
 *
 * @param file the file to analyse as the user wrote it; null unless the command is {@link Command#ANALYZE}
 * @param json whether to write JSON instead of text
 */
public record CommandLine(Command command, String file, boolean json) {

	public enum Command {
		HELP, VERSION, ANALYZE
	}

	private static final Set<String> HELP_WORDS = Set.of("help", "--help", "-h");

	/** @throws UsageException naming what is wrong */
	public static CommandLine parse(String... args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		String command = args[0];
		if (HELP_WORDS.contains(command)) {
			return new CommandLine(Command.HELP, null, false);
		}
		if (command.equals("--version")) {
			return new CommandLine(Command.VERSION, null, false);
		}
		if (command.equals("analyze")) {
			return parseAnalyze(args);
		}
		throw new UsageException(command.startsWith("-") ? "unknown option '" + command + "'"
				: "unknown command '" + command + "'");
	}

	private static CommandLine parseAnalyze(String[] args) throws UsageException {
		String file = null;
		boolean json = false;
		boolean options = true; // until "--", after which every argument is a file name
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (options && arg.equals("--")) {
				options = false;
			} else if (options && arg.equals("--json")) {
				json = true;
			} else if (options && (arg.equals("--help") || arg.equals("-h"))) {
				return new CommandLine(Command.HELP, null, false);
			} else if (options && arg.startsWith("-") && arg.length() > 1) {
				throw new UsageException("analyze: unknown option '" + arg + "'");
			} else if (file != null) {
				throw new UsageException("analyze takes one FILE, got '" + file + "' and '" + arg + "'");
			} else {
				file = arg;
			}
		}
		if (file == null) {
			throw new UsageException("analyze needs a FILE.tinyml");
		}
		return new CommandLine(Command.ANALYZE, file, json);
	}
}
