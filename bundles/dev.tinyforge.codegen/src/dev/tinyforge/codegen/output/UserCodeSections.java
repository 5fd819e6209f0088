package dev.tinyforge.codegen.output;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.tinyforge.codegen.UserCodeException;

/**
 * The sections of a generated file that belong to the user: whatever lies between the C comments
 * {@code USER CODE BEGIN name} and {@code USER CODE END name}, the convention of STM32CubeMX projects. A
 * regeneration puts each section's previous text back into the section of the same name.
 */
public final class UserCodeSections {

	private static final Pattern MARKER = Pattern.compile("/\\* USER CODE (BEGIN|END) (\\S+) \\*/");

	private UserCodeSections() {
	}

	/** The comment that opens section {@code name}; a generator writes it and {@link #end} with nothing between. */
	public static String begin(String name) {
		return "/* USER CODE BEGIN " + name + " */";
	}

	/** The comment that closes section {@code name}. */
	public static String end(String name) {
		return "/* USER CODE END " + name + " */";
	}

	/**
	 * @param file names the file in errors
	 * @return each section's text by name, in the file's order
	 * @throws UserCodeException when the markers do not pair up: a section cannot be told from generated code
	 */
	public static Map<String, String> read(String file, String text) throws UserCodeException {
		Map<String, String> sections = new LinkedHashMap<>();
		Matcher marker = MARKER.matcher(text);
		String open = null;
		int bodyStart = 0;
		while (marker.find()) {
			String name = marker.group(2);
			boolean begin = marker.group(1).equals("BEGIN");
			if (begin && open == null && !sections.containsKey(name)) {
				open = name;
				bodyStart = marker.end();
			} else if (!begin && name.equals(open)) {
				sections.put(name, text.substring(bodyStart, marker.start()));
				open = null;
			} else {
				throw new UserCodeException(file, line(text, marker.start()), marker.group()
						+ (begin ? (open == null ? " appears twice" : " inside section " + open)
								: " does not close an open section"));
			}
		}
		if (open != null) {
			throw new UserCodeException(file, line(text, bodyStart), "USER CODE BEGIN " + open + " has no END");
		}
		return sections;
	}

	/**
	 * {@code generated} with the text of each of its sections replaced by the same-named section of
	 * {@code previous}; sections {@code previous} lacks stay as generated.
	 *
	 * @throws UserCodeException when {@code previous} has code in a section {@code generated} no longer has: it
	 *                           would be lost
	 */
	public static String carryOver(String file, String generated, Map<String, String> previous)
			throws UserCodeException {
		Map<String, String> fresh = read(file, generated);
		for (Map.Entry<String, String> section : previous.entrySet()) {
			if (!fresh.containsKey(section.getKey()) && !section.getValue().isBlank()) {
				throw new UserCodeException(file, 0, "USER CODE section " + section.getKey()
						+ " is no longer generated; move its code elsewhere first");
			}
		}
		StringBuilder merged = new StringBuilder(generated.length());
		Matcher marker = MARKER.matcher(generated);
		int copied = 0;
		while (marker.find()) { // a BEGIN; read() checked that its END comes next
			String name = marker.group(2);
			merged.append(generated, copied, marker.end());
			marker.find();
			merged.append(previous.getOrDefault(name, fresh.get(name)));
			copied = marker.start();
		}
		return merged.append(generated, copied, generated.length()).toString();
	}

	private static int line(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
	}
}
