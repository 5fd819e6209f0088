package dev.tinyforge.dsl.templates;

/**
 * The text of a new .tinyml file: a device from a preset, a small person-detection-like network that fits every
 * preset, and its deployment, so that a new file validates, shows its memory and teaches the syntax.
 */
public final class ModelTemplate {

	private static final int SRAM_RESERVE_KB = 32;
	private static final int FLASH_RESERVE_KB = 128;

	private ModelTemplate() {
	}

	/** @param network the network's name, an identifier */
	public static String text(String network, DevicePreset device, ToolSettings settings) {
		String deployOptions = "\toutput \"" + settings.outputFolder() + "/" + network + "\"\n"
				+ ("auto".equals(settings.patchMode()) ? "\tpatches auto\n" : "");
		return device.text(SRAM_RESERVE_KB, FLASH_RESERVE_KB) + "\n"
				+ "// Replace the layers with your model's, or import it: network " + network + " from \"model.tflite\"\n"
				+ "network " + network + " {\n"
				+ "\tinput image 96x96x1 int8 scale 0.0078125 zero-point -128\n"
				+ "\tconv conv1 filters 8 kernel 3x3 stride 2 activation relu6\n"
				+ "\tdwconv dw1 kernel 3x3 activation relu6\n"
				+ "\tpwconv pw1 filters 16 activation relu6\n"
				+ "\tdwconv dw2 kernel 3x3 stride 2 activation relu6\n"
				+ "\tpwconv pw2 filters 32 activation relu6\n"
				+ "\tglobalavgpool pool\n"
				+ "\tdense scores units 2\n"
				+ "\tsoftmax prediction\n"
				+ "}\n\n"
				+ "deploy " + network + " on " + device.name() + " {\n" + deployOptions + "}\n";
	}
}
