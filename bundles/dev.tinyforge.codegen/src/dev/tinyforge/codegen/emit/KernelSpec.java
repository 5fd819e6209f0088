package dev.tinyforge.codegen.emit;

import java.util.EnumSet;
import java.util.Set;

import dev.tinyforge.codegen.Target;
import dev.tinyforge.codegen.c.CWriter;

/**
 * A kernel configuration: everything its C function bakes in as constants. Implementations are records, so two
 * layers with equal configurations get one function.
 */
public interface KernelSpec {

	/** The start of the function's name, e.g. {@code conv1x1}. */
	String baseName();

	/** The C parameter list, without parentheses. */
	String parameters();

	/** The function body's statements, without the enclosing braces. */
	void body(CWriter c, Target target);

	default Set<CHelper> helpers() {
		return EnumSet.of(CHelper.REQUANTIZE);
	}
}
