package dev.tinyforge.tflite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.tflite.internal.file.DataflowChecks;
import dev.tinyforge.tflite.internal.file.Problems;
import dev.tinyforge.tflite.internal.file.ReferenceChecks;
import dev.tinyforge.tflite.internal.file.TensorChecks;
import dev.tinyforge.tflite.internal.file.TfliteFile;
import dev.tinyforge.tflite.internal.file.TfliteFileDecoder;
import dev.tinyforge.tflite.internal.mapping.GraphMapper;
import dev.tinyforge.tflite.internal.mapping.UnsupportedOperators;

/**
 * Reads int8 .tflite files into IR graphs. Only subgraph 0 is imported, operators in file order (the
 * execution order); one IR tensor per TFLite tensor that an imported operator or the graph's ends use, with
 * constant data copied and quantization kept. The whole file is decoded and checked before the graph is
 * built, so a bad file gives one exception with every problem and never a partial graph.
 */
public final class TfliteImporter {

	/** The largest array the JVM allocates. */
	private static final long MAX_FILE_BYTES = Integer.MAX_VALUE - 8;

	private TfliteImporter() {
	}

	/** Reads the file; the graph is named after it and its source is the path. */
	public static Graph read(Path file) throws TfliteImportException {
		String source = file.toString();
		return read(readAllBytes(file, source), source);
	}

	/**
	 * Reads a .tflite file's content; the bytes must not change during the call.
	 *
	 * @param sourceName where the bytes came from, for messages; the graph is named after its last segment
	 *        without the extension
	 */
	public static Graph read(byte[] bytes, String sourceName) throws TfliteImportException {
		Objects.requireNonNull(bytes, "bytes");
		Objects.requireNonNull(sourceName, "sourceName");
		Problems problems = new Problems();
		TfliteFile file = TfliteFileDecoder.decode(bytes, problems);
		if (file != null) {
			TensorChecks.check(file, problems);
			ReferenceChecks.check(file, problems);
			DataflowChecks.check(file, problems);
			UnsupportedOperators.report(file, problems);
		}
		if (file != null && problems.isEmpty()) {
			Graph graph = GraphMapper.map(file, graphName(sourceName), sourceName, problems);
			if (problems.isEmpty()) {
				return graph;
			}
		}
		throw new TfliteImportException(sourceName, problems.list());
	}

	private static byte[] readAllBytes(Path file, String source) throws TfliteImportException {
		try {
			long size = Files.size(file);
			if (size > MAX_FILE_BYTES) {
				throw new TfliteImportException(source,
						List.of("file: " + size + " bytes, more than the " + MAX_FILE_BYTES + " that can be read"));
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new TfliteImportException(source, List.of("file: cannot read it: " + e));
		}
	}

	/** {@code models/person_detect.tflite} gives {@code person_detect}. */
	private static String graphName(String sourceName) {
		String fileName = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
		int extension = fileName.lastIndexOf('.');
		return extension > 0 ? fileName.substring(0, extension) : fileName;
	}
}
