package dev.tinyforge.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.model.ir.Graph;
import dev.tinyforge.reference.ReferenceInterpreter;

/**
 * {@code tinyforge run MODEL --input FILE... [--output FILE] [--network NAME]}: one inference with the reference
 * interpreter, which computes as TensorFlow Lite Micro's reference kernels do; each output tensor is printed on one
 * line, and the first one's raw bytes may go to a file.
 */
public final class RunCommand {

	private final PrintStream out;
	private final PrintStream err;

	public RunCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param model a .tflite or .tinyml file as the user wrote it
	 * @param network the network of a .tinyml file, null to take its only one
	 * @param inputs one file per graph input, in order
	 * @param output where to write the first output's raw bytes, or null
	 */
	public ExitStatus run(String model, String network, List<String> inputs, String output) {
		try {
			Graph graph = RunnableModels.load(model, network);
			List<byte[]> data = InputTensors.read(model, graph, inputs);
			List<byte[]> results = interpreter(model, graph).invoke(data);
			for (int i = 0; i < results.size(); i++) {
				out.println(TensorText.line(graph.getOutputs().get(i), results.get(i)));
			}
			if (output != null) {
				write(output, results.get(0));
			}
			return ExitStatus.OK;
		} catch (CommandFailure failure) {
			return failure.report(err);
		}
	}

	private static ReferenceInterpreter interpreter(String model, Graph graph) throws CommandFailure {
		try {
			return new ReferenceInterpreter(graph);
		} catch (IllegalArgumentException e) {
			// an operator or tensor type the reference kernels do not cover
			throw CommandFailure.failed(model, "cannot run: " + e.getMessage());
		}
	}

	private static void write(String file, byte[] bytes) throws CommandFailure {
		try {
			Files.write(Path.of(file), bytes);
		} catch (NoSuchFileException | InvalidPathException e) {
			throw CommandFailure.usage(file, "cannot write: no such folder");
		} catch (IOException e) {
			throw CommandFailure.usage(file, "cannot write");
		}
	}
}
