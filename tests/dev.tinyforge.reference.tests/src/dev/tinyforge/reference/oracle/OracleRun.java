package dev.tinyforge.reference.oracle;

import java.util.List;

/**
 * One inference TFLM ran: the bytes fed to the graph input and the int8 outputs it produced. For a model with
 * float input and output these are the int8 values before the final DEQUANTIZE.
 */
record OracleRun(OracleModel model, String label, byte[] graphInput, List<byte[]> expectedInt8Outputs) {

	@Override
	public String toString() {
		return model.name() + " " + label;
	}
}
