package dev.tinyforge.cli.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.tinyforge.codegen.Target;

/**
 * The parsed arguments of one invocation.
 *
 * @param file the command's file as the user wrote it (the MODEL of {@code run}); null for help and version
 * @param json {@code analyze}: whether to write JSON instead of text
 * @param train {@code analyze}: whether to report the memory of training instead of inference
 * @param name {@code import}: the network's name, null for the default
 * @param network {@code run}: the network of a .tinyml MODEL, null to take its only one
 * @param inputs {@code run}: the files of the model's inputs, in order; empty for the other commands
 * @param output {@code run}: the file for the first output's bytes, null for none
 * @param outDir {@code generate}: the folder to generate into instead of the deploy's, null for that
 * @param target {@code generate}: the kernels' instruction set, null to follow the deploy
 * @param deploy {@code generate}: the deploy to generate, by number from 1 or network name; null for all
 * @param device {@code search}: the device to search for instead of the search block's, null for those
 * @param apply {@code search}: whether to add the winners to the file as networks
 * @param report {@code search}: the JSON report's file, null for the default
 * @param evaluator {@code search}: the accuracy evaluator command of blocks that name none, null for none
 */
public record CommandLine(Command command, String file, boolean json, boolean train, String name, String network,
		List<String> inputs, String output, String outDir, Target target, String deploy, String device,
		boolean apply, String report, String evaluator) {

	public enum Command {
		HELP(null, null), VERSION(null, null),
		ANALYZE("analyze", "FILE.tinyml or FILE.tflite", Option.JSON, Option.TRAIN),
		IMPORT("import", "FILE.tflite", Option.NAME),
		RUN("run", "MODEL", Option.INPUT, Option.OUTPUT, Option.NETWORK),
		GENERATE("generate", "FILE.tinyml or FILE.tflite", Option.OUT, Option.TARGET, Option.DEPLOY),
		SEARCH("search", "FILE.tinyml", Option.DEVICE, Option.APPLY, Option.REPORT, Option.EVALUATOR);

		private final String word;
		private final String operand;
		private final Set<Option> options;

		Command(String word, String operand, Option... options) {
			this.word = word;
			this.operand = operand;
			this.options = Set.of(options);
		}
	}

	/** The options of the commands; a flag has no value, the others take the next argument (or {@code =VALUE}). */
	private enum Option {
		JSON("--json", null), TRAIN("--train", null), NAME("--name", "NAME"), INPUT("--input", "FILE"),
		OUTPUT("--output", "FILE"), NETWORK("--network", "NAME"), OUT("--out", "DIR"), TARGET("--target", "TARGET"),
		DEPLOY("--deploy", "N"), DEVICE("--device", "NAME"), APPLY("--apply", null), REPORT("--json", "FILE"),
		EVALUATOR("--evaluator", "COMMAND");

		private final String word;
		/** What the value is, for messages; null for a flag. */
		private final String value;

		Option(String word, String value) {
			this.word = word;
			this.value = value;
		}

		/** --input may be given once per model input; the others once. */
		boolean repeatable() {
			return this == INPUT;
		}

		/** The command's option of that word: --json is a flag of analyze and takes the report's file in search. */
		static Option named(String word, Command command) {
			for (Option option : command.options) {
				if (option.word.equals(word)) {
					return option;
				}
			}
			return null;
		}
	}

	private static final Set<String> HELP_WORDS = Set.of("help", "--help", "-h");

	public CommandLine {
		inputs = List.copyOf(inputs);
	}

	/** @throws UsageException naming what is wrong */
	public static CommandLine parse(String... args) throws UsageException {
		if (args.length == 0) {
			throw new UsageException("no command given");
		}
		String word = args[0];
		if (HELP_WORDS.contains(word)) {
			return of(Command.HELP);
		}
		if (word.equals("--version")) {
			return of(Command.VERSION);
		}
		for (Command command : Command.values()) {
			if (word.equals(command.word)) {
				return parse(command, args);
			}
		}
		throw new UsageException(word.startsWith("-") ? "unknown option '" + word + "'"
				: "unknown command '" + word + "'");
	}

	private static CommandLine of(Command command) {
		return new CommandLine(command, null, false, false, null, null, List.of(), null, null, null, null, null, false,
				null, null);
	}

	private static CommandLine parse(Command command, String[] args) throws UsageException {
		String file = null;
		Map<Option, List<String>> values = new EnumMap<>(Option.class);
		boolean options = true; // until "--", after which every argument is a file name
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (options && arg.equals("--")) {
				options = false;
			} else if (options && (arg.equals("--help") || arg.equals("-h"))) {
				return of(Command.HELP);
			} else if (options && arg.startsWith("-") && arg.length() > 1) {
				int equals = arg.indexOf('=');
				String word = equals < 0 ? arg : arg.substring(0, equals);
				Option option = Option.named(word, command);
				if (option == null) {
					throw new UsageException(command.word + ": unknown option '" + word + "'");
				}
				String value;
				if (option.value == null) {
					if (equals >= 0) {
						throw new UsageException(command.word + ": " + word + " takes no value");
					}
					value = "";
				} else if (equals >= 0) {
					value = arg.substring(equals + 1);
				} else if (i + 1 < args.length) {
					value = args[++i];
				} else {
					throw new UsageException(command.word + ": " + word + " needs a " + option.value);
				}
				List<String> given = values.computeIfAbsent(option, key -> new ArrayList<>());
				if (!given.isEmpty() && !option.repeatable()) {
					throw new UsageException(command.word + ": " + word + " given twice");
				}
				given.add(value);
			} else if (file != null) {
				throw new UsageException(command.word + " takes one " + command.operand + ", got '" + file + "' and '"
						+ arg + "'" + (command == Command.RUN ? "; name input files with --input" : ""));
			} else {
				file = arg;
			}
		}
		if (file == null) {
			throw new UsageException(command.word + " needs a " + command.operand);
		}
		List<String> inputs = values.getOrDefault(Option.INPUT, List.of());
		if (command == Command.RUN && inputs.isEmpty()) {
			throw new UsageException("run needs an --input FILE for each input of the model");
		}
		String name = single(values, Option.NAME);
		if (name != null && !NetworkNames.isIdentifier(name)) {
			throw new UsageException(command.word + ": --name '" + name
					+ "' is not a name: use letters, digits and _, and do not start with a digit");
		}
		String targetWord = single(values, Option.TARGET);
		Target target = targetWord == null ? null : GenerationTargets.named(targetWord);
		if (targetWord != null && target == null) {
			throw new UsageException(command.word + ": --target '" + targetWord + "' is not a target: use "
					+ GenerationTargets.WORDS);
		}
		return new CommandLine(command, file, values.containsKey(Option.JSON), values.containsKey(Option.TRAIN), name,
				single(values, Option.NETWORK), inputs, single(values, Option.OUTPUT), single(values, Option.OUT),
				target, single(values, Option.DEPLOY), single(values, Option.DEVICE), values.containsKey(Option.APPLY),
				single(values, Option.REPORT), single(values, Option.EVALUATOR));
	}

	private static String single(Map<Option, List<String>> values, Option option) {
		List<String> given = values.get(option);
		return given == null ? null : given.get(0);
	}
}
