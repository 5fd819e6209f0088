package dev.tinyforge.dsl.templates;

/**
 * What TinyForge's tools do when a file does not say: the IDE's preferences start from {@link #DEFAULTS}.
 *
 * @param outputFolder where a deploy without {@code output} generates, relative to its file, one folder per network
 * @param patchMode {@code off} or {@code auto}, written into the deploys of new files
 * @param evaluatorCommand the command a TinyNAS search runs to score a candidate's accuracy; empty for none
 * @param parallelism how many candidates a search evaluates at once
 */
public record ToolSettings(String outputFolder, String patchMode, String evaluatorCommand, int parallelism) {

	/** The command line's {@code generate} writes to {@code generated/NETWORK} too. */
	public static final ToolSettings DEFAULTS = new ToolSettings("generated", "off", "",
			Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
}
