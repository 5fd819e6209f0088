package dev.tinyforge.codegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.tinyforge.codegen.UserCodeException;

/**
 * Regenerates a folder: the new files, each with the USER CODE sections of the file of the same name already
 * there, replace the folder at once ({@link AtomicDirectoryWriter}). Everything is read and merged before
 * anything is written, so markers that do not pair up leave the folder as it was.
 */
public final class RegeneratingWriter {

	private RegeneratingWriter() {
	}

	/** @return the written files, at their final place */
	public static List<Path> write(Path directory, Map<String, String> files) throws IOException {
		Map<String, String> merged = new LinkedHashMap<>();
		for (Map.Entry<String, String> file : files.entrySet()) {
			Path previous = directory.resolve(file.getKey());
			String text = file.getValue();
			if (Files.isRegularFile(previous)) {
				String previousText = Files.readString(previous, StandardCharsets.UTF_8);
				text = UserCodeSections.carryOver(previous.toString(), text,
						UserCodeSections.read(previous.toString(), previousText));
			}
			merged.put(file.getKey(), text);
		}
		return AtomicDirectoryWriter.write(directory, merged);
	}
}
