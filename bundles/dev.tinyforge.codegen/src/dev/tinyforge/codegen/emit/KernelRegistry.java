package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * The kernels a model needs, one C function per distinct configuration, named {@code <prefix>_<base>_<n>}; a
 * kernel layers of different shapes share is written for the one shape when it serves only one.
 */
public final class KernelRegistry {

	private final String prefix;
	private final Target target;
	private final boolean widensWeights;
	private final Map<KernelSpec, String> names = new LinkedHashMap<>();
	private final Map<String, Integer> countPerBase = new LinkedHashMap<>();
	/** Per kernel layers share, the functions that would bake in each of their shapes. */
	private final Map<KernelSpec, Set<KernelSpec>> bakings = new HashMap<>();

	public KernelRegistry(CodegenOptions options) {
		this.prefix = options.prefix();
		this.target = options.target();
		this.widensWeights = options.widensWeights();
	}

	/** Whether matrix products get {@link WidenedWeights}. */
	boolean widensWeights() {
		return widensWeights;
	}

	/** The function for this configuration, defined on first use. */
	public String use(KernelSpec spec) {
		return names.computeIfAbsent(spec, s -> {
			int number = countPerBase.merge(s.baseName(), 1, Integer::sum) - 1;
			return prefix + "_" + s.baseName() + "_" + number;
		});
	}

	/**
	 * The function for a kernel that layers of different shapes can share, written as {@code baked}, which takes
	 * the same parameters, when every layer that uses it has the same shape.
	 */
	String use(KernelSpec shared, KernelSpec baked) {
		bakings.computeIfAbsent(shared, s -> new HashSet<>()).add(baked);
		return use(shared);
	}

	/** What defines the function of {@code spec}: the baked form of the only shape it serves, or itself. */
	private KernelSpec definition(KernelSpec spec) {
		Set<KernelSpec> baked = bakings.getOrDefault(spec, Set.of());
		return baked.size() == 1 ? baked.iterator().next() : spec;
	}

	/** Prototypes, for the kernels header. */
	public void writePrototypes(CWriter c) {
		names.forEach((spec, name) -> c.line("void %s(%s);", name, spec.parameters()));
	}

	/** The helpers the kernels use, then every kernel. */
	public void writeDefinitions(CWriter c) {
		Set<CHelper> helpers = EnumSet.noneOf(CHelper.class);
		names.keySet().forEach(spec -> helpers.addAll(definition(spec).helpers()));
		for (CHelper helper : helpers) {
			c.lines(helper.code()).blank();
		}
		names.forEach((spec, name) -> {
			c.line("void %s(%s)", name, spec.parameters()).line("{");
			definition(spec).body(c, target);
			c.line("}").blank();
		});
	}
}
