package dev.tinyforge.codegen.emit;

/**
 * What a layer contributes to the schedule.
 *
 * @param kernel the kernel function it calls, or an empty string
 * @param call   the C statement(s) that run it, or an empty string when the layer needs no code
 */
public record LayerCode(String kernel, String call) {

	/** A layer that moves no data, such as a reshape whose output shares its input's bytes. */
	public static final LayerCode NOTHING = new LayerCode("", "");
}
