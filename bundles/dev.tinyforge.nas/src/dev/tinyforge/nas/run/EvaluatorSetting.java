package dev.tinyforge.nas.run;

/**
 * The accuracy evaluator the tool supplies where a search block's {@code maximize accuracy} names none: the command
 * line's {@code --evaluator}, the IDE's TinyForge preferences. A block's own {@code with "CMD"} and
 * {@code parallel N} come first.
 *
 * @param command the command, empty for none
 * @param parallel how many evaluations run at once, at least 1
 */
public record EvaluatorSetting(String command, int parallel) {

	/** No command: a block must name its own. */
	public static final EvaluatorSetting NONE = new EvaluatorSetting("", 1);

	public EvaluatorSetting {
		command = command == null ? "" : command.strip();
		if (parallel < 1) {
			throw new IllegalArgumentException("evaluator parallelism " + parallel + ": at least 1");
		}
	}
}
