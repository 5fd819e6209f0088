package dev.tinyforge.nas.evaluate;

/** The names of the layers around the blocks of every searched network, shared by its graph and its DSL text. */
public final class SubnetNames {

	public static final String INPUT = "image";
	public static final String STEM = "stem";
	static final String STEM_WEIGHTS = weights(STEM);
	static final String STEM_BIAS = bias(STEM);
	public static final String POOL = "pool";
	public static final String CLASSIFIER = "classifier";
	static final String CLASSIFIER_WEIGHTS = weights(CLASSIFIER);
	static final String CLASSIFIER_BIAS = bias(CLASSIFIER);
	public static final String PREDICTION = "prediction";

	private SubnetNames() {
	}

	static String weights(String layer) {
		return layer + "/weights";
	}

	static String bias(String layer) {
		return layer + "/bias";
	}
}
