package dev.tinyforge.nas.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import dev.tinyforge.analysis.NetworkAnalysis;
import dev.tinyforge.analysis.graph.LayerGraph;
import dev.tinyforge.analysis.graph.OpKind;

/**
 * Instructions per inference of TinyForge's generated code on one core, operator by operator:
 * {@code perMac * MACs + perOutput * output elements + perCall} with coefficients per operator kind, fitted
 * to instruction counts measured under QEMU ({@code releng/benchmarks/latency-calibration.sh} writes them,
 * with the measurements they come from, to {@code latency-CORE.properties} beside this class; the Cortex-M7 and
 * the Cortex-M4 have one). Time is the instruction count over the clock: QEMU counts instructions, not cycles,
 * so this assumes about one instruction per cycle, a rough figure (the dual-issue Cortex-M7 may do better, the
 * Cortex-M4's loads and Flash wait states worse).
 */
public final class LatencyModel {

	private final Map<OpKind, double[]> coefficients;

	private LatencyModel(Map<OpKind, double[]> coefficients) {
		this.coefficients = coefficients;
	}

	/** The model of a core named as in the DSL ({@code cortex-m7}), if it has been calibrated. */
	public static Optional<LatencyModel> forCore(String core) {
		try (InputStream in = LatencyModel.class.getResourceAsStream("latency-" + core + ".properties")) {
			if (in == null) {
				return Optional.empty();
			}
			Properties properties = new Properties();
			properties.load(in);
			Map<OpKind, double[]> coefficients = new EnumMap<>(OpKind.class);
			for (OpKind kind : OpKind.values()) {
				String value = properties.getProperty(kind.name());
				if (value != null) {
					String[] parts = value.trim().split("\\s+");
					coefficients.put(kind, new double[] {Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
							Double.parseDouble(parts[2])});
				}
			}
			return Optional.of(new LatencyModel(coefficients));
		} catch (IOException e) {
			throw new UncheckedIOException("latency model of " + core, e);
		}
	}

	/** Estimated instructions of one operator; an operator kind the calibration did not see costs its MACs. */
	public double instructions(LayerGraph graph, NetworkAnalysis analysis, int op) {
		double[] c = coefficients.get(graph.opKind(op));
		long outputs = graph.tensorElements(graph.opOutput(op, 0));
		return c == null ? analysis.macs(op) + outputs : c[0] * analysis.macs(op) + c[1] * outputs + c[2];
	}

	public double instructions(LayerGraph graph, NetworkAnalysis analysis) {
		double sum = 0;
		for (int op = 0; op < graph.opCount(); op++) {
			sum += instructions(graph, analysis, op);
		}
		return sum;
	}
}
