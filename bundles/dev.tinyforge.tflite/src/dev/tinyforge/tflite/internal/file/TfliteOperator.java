package dev.tinyforge.tflite.internal.file;

/**
 * One operator of subgraph 0, with tensor indices as in the file (-1 for a left-out optional input).
 *
 * @param opcodeIndex index into the model's operator codes (unsigned in the file)
 * @param optionsType schema BuiltinOptions union type
 * @param optionsPosition byte where the options table starts, or -1; read by the operator's mapper
 */
public record TfliteOperator(int index, long opcodeIndex, int[] inputs, int[] outputs, int optionsType,
		int optionsPosition) {

	/** The tensor index of an optional input that is left out. */
	public static final int NO_TENSOR = -1;
}
