package dev.tinyforge.cli.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Names for networks written as .tinyml text: identifiers as the language's ID rule takes them. */
final class NetworkNames {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
	private static final Pattern NOT_IN_IDENTIFIERS = Pattern.compile("[^A-Za-z0-9_]");

	private NetworkNames() {
	}

	static boolean isIdentifier(String name) {
		return IDENTIFIER.matcher(name).matches();
	}

	/**
	 * {@code person_detect.tflite} gives {@code person_detect}, {@code vww-96.tflite} {@code vww_96} and
	 * {@code 8bit.tflite} {@code _8bit}.
	 */
	static String fromFileName(Path file) {
		String name = NOT_IN_IDENTIFIERS.matcher(ModelFiles.baseName(file)).replaceAll("_");
		return isIdentifier(name) ? name : "_" + name;
	}
}
