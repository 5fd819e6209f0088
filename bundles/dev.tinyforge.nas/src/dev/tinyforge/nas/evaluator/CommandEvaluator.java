package dev.tinyforge.nas.evaluator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import com.google.gson.GsonBuilder;

import dev.tinyforge.nas.SearchCanceledException;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.dsl.SubnetDsl;
import dev.tinyforge.nas.evaluate.Metrics;
import dev.tinyforge.nas.evolution.Objective;
import dev.tinyforge.nas.space.ElasticSpace;
import dev.tinyforge.nas.space.Subnet;

/** The user's evaluator command as the objective; see the package documentation for the protocol. */
public final class CommandEvaluator implements Objective, AutoCloseable {

	/** The network's name in the candidate's DSL text. */
	public static final String NETWORK_NAME = "candidate";
	private static final long POLL_MILLIS = 50;
	private static final int REPORTED_OUTPUT_CHARS = 300;

	private final ElasticSpace space;
	private final List<String> command;
	private final Path workingDirectory;
	private final long timeoutMillis;
	private final ExecutorService workers;
	private final Map<Subnet, Double> cache = new HashMap<>();
	private final List<EvaluatorFailure> failures = Collections.synchronizedList(new ArrayList<>());

	/**
	 * @param command as configured; split into words, never given to a shell
	 * @param workingDirectory where the command runs: the folder of the .tinyml file
	 * @throws IllegalArgumentException for an empty command or an unclosed quote in it
	 */
	public CommandEvaluator(ElasticSpace space, String command, Path workingDirectory, int parallel,
			long timeoutMillis) {
		this.space = space;
		this.command = CommandWords.split(command);
		this.workingDirectory = workingDirectory;
		this.timeoutMillis = timeoutMillis;
		this.workers = Executors.newFixedThreadPool(Math.max(1, parallel), runnable -> {
			Thread thread = new Thread(runnable, "tinyforge-evaluator");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public String name() {
		return "accuracy (" + String.join(" ", command) + ")";
	}

	/** The candidates that could not be scored so far, in the order they failed. */
	public List<EvaluatorFailure> failures() {
		synchronized (failures) {
			return List.copyOf(failures);
		}
	}

	@Override
	public double[] score(List<Subnet> subnets, List<Metrics> metrics, SearchMonitor monitor) {
		Map<Integer, Future<Double>> running = new HashMap<>();
		for (int i = 0; i < subnets.size(); i++) {
			if (!cache.containsKey(subnets.get(i))) {
				Subnet subnet = subnets.get(i);
				Metrics subnetMetrics = metrics.get(i);
				running.put(i, workers.submit(() -> evaluate(subnet, subnetMetrics)));
			}
		}
		try {
			for (Map.Entry<Integer, Future<Double>> entry : running.entrySet()) {
				cache.put(subnets.get(entry.getKey()), await(entry.getValue(), monitor));
			}
		} finally {
			running.values().forEach(future -> future.cancel(true));
		}
		return subnets.stream().mapToDouble(cache::get).toArray();
	}

	private static double await(Future<Double> future, SearchMonitor monitor) {
		while (true) {
			if (monitor.isCanceled()) {
				throw new SearchCanceledException();
			}
			try {
				return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				// not done yet: look at the monitor again
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new SearchCanceledException();
			} catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
			}
		}
	}

	/** Runs the command on one candidate in a folder of its own, which is deleted afterwards. */
	private double evaluate(Subnet subnet, Metrics metrics) {
		Path folder = null;
		try {
			folder = Files.createTempDirectory("tinyforge-candidate-");
			Path candidate = Files.createDirectory(folder.resolve("candidate"));
			Files.writeString(candidate.resolve("architecture.json"), new GsonBuilder().setPrettyPrinting().create()
					.toJson(ArchitectureJson.of(space, subnet, metrics)), StandardCharsets.UTF_8);
			Files.writeString(candidate.resolve("network.tinyml"), SubnetDsl.write(space, subnet, NETWORK_NAME),
					StandardCharsets.UTF_8);
			return run(subnet, candidate, folder.resolve("stdout.txt"), folder.resolve("stderr.txt"));
		} catch (IOException e) {
			return fail(subnet, "could not prepare the candidate's folder: " + e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Double.NaN;
		} finally {
			delete(folder);
		}
	}

	private double run(Subnet subnet, Path candidate, Path stdout, Path stderr)
			throws IOException, InterruptedException {
		List<String> words = new ArrayList<>(command);
		words.add(candidate.toString());
		Process process;
		try {
			process = new ProcessBuilder(words).directory(workingDirectory.toFile())
					.redirectInput(ProcessBuilder.Redirect.from(nullDevice())).redirectOutput(stdout.toFile())
					.redirectError(stderr.toFile()).start();
		} catch (IOException e) {
			return fail(subnet, "could not start '" + command.get(0) + "': " + e.getMessage());
		}
		try {
			if (!process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
				stop(process);
				return fail(subnet, "still running after " + timeoutMillis + " ms; stopped" + tail(stderr));
			}
		} finally {
			stop(process);
		}
		if (process.exitValue() != 0) {
			return fail(subnet, "exited with status " + process.exitValue() + tail(stderr));
		}
		String last = lastLine(stdout);
		try {
			return Double.parseDouble(last);
		} catch (NumberFormatException e) {
			return fail(subnet, "printed no accuracy: its last line is '" + clip(last) + "'" + tail(stderr));
		}
	}

	/** Stops the process and anything it started; a no-op once it has ended. */
	private static void stop(Process process) {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	private double fail(Subnet subnet, String reason) {
		failures.add(new EvaluatorFailure(subnet.key(), reason));
		return Double.NaN;
	}

	private static String lastLine(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		for (int i = lines.size() - 1; i >= 0; i--) {
			if (!lines.get(i).isBlank()) {
				return lines.get(i).trim();
			}
		}
		return "";
	}

	private static String tail(Path stderr) {
		try {
			String text = Files.readString(stderr, StandardCharsets.UTF_8).strip();
			return text.isEmpty() ? ""
					: "; stderr: " + clip(text.substring(Math.max(0, text.length() - REPORTED_OUTPUT_CHARS)));
		} catch (IOException e) {
			return "";
		}
	}

	private static String clip(String text) {
		return text.length() <= REPORTED_OUTPUT_CHARS ? text : text.substring(0, REPORTED_OUTPUT_CHARS) + "...";
	}

	private static java.io.File nullDevice() {
		return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			throw new UncheckedIOException("could not delete the candidate folder " + folder, e);
		}
	}

	/** Stops the workers, and with them any evaluator still running. */
	@Override
	public void close() {
		workers.shutdownNow();
	}
}
