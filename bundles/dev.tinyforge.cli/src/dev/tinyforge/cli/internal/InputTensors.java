package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.tinyforge.model.Tensors;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.model.ir.Tensor;

/**
 * Reads the {@code --input} files of {@code tinyforge run}: each holds the raw bytes of one graph input, in the
 * graph's input order, and must be exactly as large as that tensor.
 */
final class InputTensors {

	private InputTensors() {
	}

	/**
	 * @param model the model file as the user wrote it, for messages
	 * @return each file's bytes
	 * @throws CommandFailure if a file cannot be read, or the files do not fit the graph's inputs in number or size
	 */
	static List<byte[]> read(String model, Graph graph, List<String> files) throws CommandFailure {
		List<Tensor> tensors = graph.getInputs();
		List<Path> paths = new ArrayList<>();
		for (String file : files) {
			paths.add(FileChecks.readable(file));
		}
		if (files.size() != tensors.size()) {
			throw CommandFailure.failed(model, "the model has " + count(tensors.size(), "input") + ", "
					+ count(files.size(), "--input file") + " given");
		}
		List<byte[]> inputs = new ArrayList<>();
		for (int i = 0; i < tensors.size(); i++) {
			inputs.add(read(files.get(i), paths.get(i), i, tensors.get(i)));
		}
		return inputs;
	}

	private static byte[] read(String file, Path path, int index, Tensor tensor) throws CommandFailure {
		long expected = Tensors.byteSize(tensor);
		try {
			// The size first: a wrong file may be far larger than the tensor.
			long actual = Files.size(path);
			if (actual != expected) {
				throw CommandFailure.failed(file, actual + " bytes, expected " + expected + " for input " + index
						+ " '" + tensor.getName() + "' (" + tensor.getDataType().getName().toLowerCase(Locale.ROOT)
						+ " " + Tensors.format(tensor) + ")");
			}
			return Files.readAllBytes(path);
		} catch (IOException e) {
			throw CommandFailure.usage(file, "cannot read");
		}
	}

	private static String count(int count, String what) {
		return count + " " + what + (count == 1 ? "" : "s");
	}
}
