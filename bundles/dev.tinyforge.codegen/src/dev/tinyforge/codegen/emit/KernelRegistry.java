package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.tinyforge.codegen.CodegenOptions;
import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/** The kernels a model needs, one C function per distinct configuration, named {@code <prefix>_<base>_<n>}. */
public final class KernelRegistry {

	private final String prefix;
	private final Target target;
	private final boolean widensWeights;
	private final Map<KernelSpec, String> names = new LinkedHashMap<>();
	private final Map<String, Integer> countPerBase = new LinkedHashMap<>();

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

	/** Prototypes, for the kernels header. */
	public void writePrototypes(CWriter c) {
		names.forEach((spec, name) -> c.line("void %s(%s);", name, spec.parameters()));
	}

	/** The helpers the kernels use, then every kernel. */
	public void writeDefinitions(CWriter c) {
		Set<CHelper> helpers = EnumSet.noneOf(CHelper.class);
		names.keySet().forEach(spec -> helpers.addAll(spec.helpers()));
		for (CHelper helper : helpers) {
			c.lines(helper.code()).blank();
		}
		names.forEach((spec, name) -> {
			c.line("void %s(%s)", name, spec.parameters()).line("{");
			spec.body(c, target);
			c.line("}").blank();
		});
	}
}
