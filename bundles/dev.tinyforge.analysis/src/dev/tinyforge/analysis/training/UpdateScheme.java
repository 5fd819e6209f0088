package dev.tinyforge.analysis.training;

import dev.tinyforge.analysis.graph.LayerGraph;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which parameters a fine-tuning step updates; the rest stay frozen in Flash. The "layers" of a network are its
 * operators with weights (convolutions, depthwise convolutions, fully connected); the last of them is the
 * classifier. As in TinyTL's experiments, every scheme but {@link Kind#LAYERS} trains the classifier, weights and
 * bias: a new task needs a new head.
 *
 * @param kind the scheme
 * @param layers {@link Kind#LAYERS}: the operators or DSL layers (by name or origin) whose weights and biases are
 *        updated; empty otherwise
 * @param liteResidual {@link Kind#BIAS_LITE_RESIDUAL}: the modules' shape; null otherwise
 */
public record UpdateScheme(Kind kind, List<String> layers, LiteResidualConfig liteResidual) {

	public enum Kind {
		/** Every weight and bias. */
		FULL("full"),
		/** Only the classifier. */
		LAST_LAYER("last-layer"),
		/** Every bias, and the classifier. */
		BIAS_ONLY("bias-only"),
		/** TinyTL: every bias, the classifier and a lite residual module per block. */
		BIAS_LITE_RESIDUAL("bias-only + lite-residual"),
		/** The weights and biases of the named layers. */
		LAYERS("layers");

		private final String word;

		Kind(String word) {
			this.word = word;
		}

		/** How the .tinyml language and the reports name it. */
		public String word() {
			return word;
		}
	}

	public UpdateScheme {
		Objects.requireNonNull(kind, "kind");
		layers = List.copyOf(layers);
		if ((kind == Kind.LAYERS) == layers.isEmpty()) {
			throw new IllegalArgumentException("the layers scheme, and only it, names at least one layer");
		}
		if ((kind == Kind.BIAS_LITE_RESIDUAL) != (liteResidual != null)) {
			throw new IllegalArgumentException("the lite residual scheme, and only it, has a lite residual shape");
		}
	}

	public static UpdateScheme of(Kind kind) {
		return new UpdateScheme(kind, List.of(), kind == Kind.BIAS_LITE_RESIDUAL ? LiteResidualConfig.TINYTL : null);
	}

	public static UpdateScheme liteResidual(LiteResidualConfig config) {
		return new UpdateScheme(Kind.BIAS_LITE_RESIDUAL, List.of(), config);
	}

	public static UpdateScheme layers(List<String> layers) {
		return new UpdateScheme(Kind.LAYERS, layers, null);
	}

	/** The schemes TinyTL compares, in its order: full, last layer, bias only, bias with lite residual. */
	public static List<UpdateScheme> tinyTlSchemes(LiteResidualConfig config) {
		return List.of(of(Kind.FULL), of(Kind.LAST_LAYER), of(Kind.BIAS_ONLY), liteResidual(config));
	}

	/**
	 * The names of {@link #layers()} that are neither the name nor the origin of an operator with weights in the
	 * graph, in the order given.
	 */
	public List<String> layersMissingFrom(LayerGraph g) {
		Set<String> missing = new LinkedHashSet<>(layers);
		for (int op = 0; op < g.opCount(); op++) {
			if (TrainableParameters.hasWeights(g, op)) {
				missing.remove(g.opName(op));
				missing.remove(g.opOrigin(op));
			}
		}
		return List.copyOf(missing);
	}

	/** {@code bias-only + lite-residual}, {@code layers conv1, fc}. */
	public String label() {
		return kind == Kind.LAYERS ? "layers " + String.join(", ", layers) : kind.word();
	}
}
