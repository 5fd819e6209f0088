package dev.tinyforge.nas.dsl;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import dev.tinyforge.analysis.patch.PatchPlanner;
import dev.tinyforge.dsl.analysis.DeviceBudgets;
import dev.tinyforge.dsl.tinyMl.Constraint;
import dev.tinyforge.dsl.tinyMl.Device;
import dev.tinyforge.dsl.tinyMl.Duration;
import dev.tinyforge.dsl.tinyMl.Evolution;
import dev.tinyforge.dsl.tinyMl.Frequency;
import dev.tinyforge.dsl.tinyMl.LatencyConstraint;
import dev.tinyforge.dsl.tinyMl.MemoryKind;
import dev.tinyforge.dsl.tinyMl.PatchMode;
import dev.tinyforge.dsl.tinyMl.PatchPlan;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.tinyMl.SizeConstraint;
import dev.tinyforge.dsl.tinyMl.Stage;
import dev.tinyforge.dsl.tinyMl.TimeUnit;
import dev.tinyforge.dsl.tinyMl.TinyMlPackage.Literals;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.evaluate.LatencyEstimator;
import dev.tinyforge.nas.evaluate.LatencyModel;
import dev.tinyforge.nas.evaluate.Limits;
import dev.tinyforge.nas.evolution.EvolutionSettings;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.StageSpace;

/** Reads what a validated {@code search} block says. */
public final class SearchSpecs {

	private SearchSpecs() {
	}

	public static ElasticSpace space(SearchSpace search) {
		List<StageSpace> stages = new ArrayList<>();
		for (Stage stage : search.getStages()) {
			stages.add(new StageSpace(stage.getName(), stage.getWidth(), stage.getStride(), ints(stage.getDepths()),
					ints(stage.getKernels()), ints(stage.getExpands())));
		}
		return new ElasticSpace(search.getName(), search.getInputChannels(), search.getClasses(),
				search.getWidths().stream().mapToDouble(Double::doubleValue).toArray(), ints(search.getResolutions()),
				stages);
	}

	/** The written settings over {@link EvolutionSettings#DEFAULTS}. */
	public static EvolutionSettings settings(SearchSpace search) {
		EvolutionSettings d = EvolutionSettings.DEFAULTS;
		Evolution e = search.getEvolution();
		if (e == null) {
			return d;
		}
		try {
			return new EvolutionSettings(set(e, Literals.EVOLUTION__SAMPLES) ? e.getSamples() : d.samples(),
					set(e, Literals.EVOLUTION__POPULATION) ? e.getPopulation() : d.population(),
					set(e, Literals.EVOLUTION__GENERATIONS) ? e.getGenerations() : d.generations(),
					set(e, Literals.EVOLUTION__PARENT_RATIO) ? e.getParentRatio() : d.parentRatio(),
					set(e, Literals.EVOLUTION__MUTATION_RATIO) ? e.getMutationRatio() : d.mutationRatio(),
					set(e, Literals.EVOLUTION__MUTATION_PROBABILITY) ? e.getMutationProbability()
							: d.mutationProbability(),
					set(e, Literals.EVOLUTION__RESOLUTION_MUTATION) ? e.getResolutionMutation()
							: d.resolutionMutation(),
					set(e, Literals.EVOLUTION__SEED) ? e.getSeed() : d.seed());
		} catch (IllegalArgumentException ex) {
			throw new SearchException("search " + search.getName() + ": " + ex.getMessage());
		}
	}

	/** The device's limits under the search's constraints, and its latency estimate. */
	public static DeviceTarget target(SearchSpace search, Device device) {
		long maxSram = 0;
		long maxFlash = 0;
		double maxLatency = Double.POSITIVE_INFINITY;
		for (Constraint constraint : search.getConstraints()) {
			if (constraint instanceof SizeConstraint size) {
				long bytes = DeviceBudgets.bytes(size.getLimit());
				if (size.getResource() == MemoryKind.SRAM) {
					maxSram = maxSram == 0 ? bytes : Math.min(maxSram, bytes);
				} else {
					maxFlash = maxFlash == 0 ? bytes : Math.min(maxFlash, bytes);
				}
			} else if (constraint instanceof LatencyConstraint latency) {
				maxLatency = Math.min(maxLatency, millis(latency.getLimit()));
			}
		}
		LatencyEstimator latency = LatencyModel.forCore(device.getCore().getLiteral())
				.map(model -> new LatencyEstimator(model, hertz(device.getClock())))
				.orElse(LatencyEstimator.NONE);
		return new DeviceTarget(device.getName(), Limits.of(DeviceBudgets.of(device), maxSram, maxFlash, maxLatency),
				latency, patchOverhead(search.getPatches()));
	}

	/** The MAC overhead budget of {@code patches auto [overhead N %]}, NaN for none or {@code patches off}. */
	static double patchOverhead(PatchPlan patches) {
		if (patches == null || patches.getMode() != PatchMode.AUTO) {
			return Double.NaN;
		}
		return patches.getOverheadPercent() > 0 ? patches.getOverheadPercent() / 100.0
				: PatchPlanner.DEFAULT_OVERHEAD;
	}

	/** Milliseconds of a duration; 0 for none. */
	public static double millis(Duration duration) {
		if (duration == null) {
			return 0;
		}
		return duration.getUnit() == TimeUnit.US ? duration.getValue() / 1000 : duration.getValue();
	}

	private static double hertz(Frequency clock) {
		if (clock == null) {
			return 0;
		}
		double scale = switch (clock.getUnit()) {
		case KHZ -> 1e3;
		case MHZ -> 1e6;
		case GHZ -> 1e9;
		};
		return clock.getValue() * scale;
	}

	/** Written in the text: eIsSet would miss a value written equal to the attribute's default 0. */
	private static boolean set(Evolution evolution, EAttribute feature) {
		return !NodeModelUtils.findNodesForFeature(evolution, feature).isEmpty();
	}

	private static int[] ints(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).toArray();
	}
}
