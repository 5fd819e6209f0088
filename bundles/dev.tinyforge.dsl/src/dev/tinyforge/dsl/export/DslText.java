package dev.tinyforge.dsl.export;

import java.util.List;

/**
 * .tinyml text of a network and what of the graph it could not express. The text is usable only when
 * {@link #problems()} is empty.
 */
public record DslText(String text, List<String> problems) {

	public boolean complete() {
		return problems.isEmpty();
	}
}
