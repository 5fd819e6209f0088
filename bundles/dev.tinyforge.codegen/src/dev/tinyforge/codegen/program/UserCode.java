package dev.tinyforge.codegen.program;

import dev.tinyforge.codegen.c.CWriter;
import dev.tinyforge.codegen.output.UserCodeSections;

/**
 * Empty USER CODE sections in the generated C, where a firmware engineer may add code that regenerating keeps:
 * includes and declarations in the header; includes, and hooks right before and after the layers of
 * {@code invoke} (say, to toggle a pin or read a cycle counter), in the schedule.
 */
final class UserCode {

	private UserCode() {
	}

	static CWriter section(CWriter c, String name) {
		return c.line(UserCodeSections.begin(name)).line(UserCodeSections.end(name));
	}
}
