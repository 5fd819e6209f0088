package dev.tinyforge.nas.evaluator;

import java.util.ArrayList;
import java.util.List;

/** Splits a configured command into its words: at spaces, with '...' or "..." grouping words that hold spaces. */
final class CommandWords {

	private CommandWords() {
	}

	/** @throws IllegalArgumentException for an empty command or an unclosed quote */
	static List<String> split(String command) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		boolean inWord = false;
		char quote = 0;
		for (char c : command.toCharArray()) {
			if (quote != 0) {
				if (c == quote) {
					quote = 0;
				} else {
					word.append(c);
				}
			} else if (c == '"' || c == '\'') {
				quote = c;
				inWord = true;
			} else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(word.toString());
					word.setLength(0);
					inWord = false;
				}
			} else {
				word.append(c);
				inWord = true;
			}
		}
		if (quote != 0) {
			throw new IllegalArgumentException("evaluator command has an unclosed " + quote + ": " + command);
		}
		if (inWord) {
			words.add(word.toString());
		}
		if (words.isEmpty()) {
			throw new IllegalArgumentException("evaluator command is empty");
		}
		return words;
	}
}
