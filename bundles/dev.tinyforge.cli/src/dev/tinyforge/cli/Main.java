package dev.tinyforge.cli;

import java.io.PrintStream;

import dev.tinyforge.cli.internal.AnalyzeCommand;
import dev.tinyforge.cli.internal.CommandLine;
import dev.tinyforge.cli.internal.GenerateCommand;
import dev.tinyforge.cli.internal.ImportCommand;
import dev.tinyforge.cli.internal.Logging;
import dev.tinyforge.cli.internal.RunCommand;
import dev.tinyforge.cli.internal.SearchCommand;
import dev.tinyforge.cli.internal.TrainingCommand;
import dev.tinyforge.cli.internal.UsageException;

/**
 * {@code tinyforge}: the command line entry point. Parses the arguments, runs the command and maps the outcome to
 * an {@link ExitStatus}.
 */
public final class Main {

	static final String USAGE = """
			Usage: tinyforge analyze FILE.tinyml|FILE.tflite [--json]
			       tinyforge analyze FILE.tinyml|FILE.tflite --train [--json]
			       tinyforge import FILE.tflite [--name NAME]
			       tinyforge run MODEL --input FILE [--input FILE ...] [--output FILE] [--network NAME]
			       tinyforge generate FILE.tinyml|FILE.tflite [--out DIR] [--target portable|arm-dsp]
			                          [--deploy N]
			       tinyforge search FILE.tinyml [--device NAME] [--apply] [--json FILE] [--evaluator COMMAND]
			       tinyforge help | --help | --version

			Commands:
			  analyze FILE.tinyml  Check FILE and report, for each deployment in it (or each network
			                       when it deploys none), MACs, Flash and SRAM per layer, the totals,
			                       and whether it fits the device. The other .tinyml files in FILE's
			                       folder are loaded too: FILE may use their devices and networks.
			  analyze FILE.tflite  Import the int8 model and report it the same way, without a verdict:
			                       a model names no device.
			  import FILE.tflite   Print the model's architecture as a .tinyml network; its weights stay
			                       in FILE.tflite.
			  run MODEL            Run one inference with the reference interpreter (TFLite Micro's
			                       integer arithmetic) and print each output tensor on one line: int8
			                       values, or floats for a float32 output. MODEL is a .tflite file, or a
			                       .tinyml file whose network comes from one.
			  generate FILE.tinyml Check FILE as analyze does; then, for each deployment in it, generate
			                       the C of its network (which must come from a .tflite file, for its
			                       weights) into the deployment's output folder, relative to FILE
			                       (default generated/NETWORK), replacing the folder. The kernels use
			                       Arm DSP SIMD unless the deployment says simd off or the device's
			                       core has no DSP extension; their convolutions and fully-connected
			                       layers read int16-widened weights (faster, twice their Flash) when
			                       the device's Flash has room, or as optimize speed|size says.
			  generate FILE.tflite Generate the model's C into --out DIR, portable unless --target says
			                       (arm-dsp widens the weights, for speed).
			  search FILE.tinyml   Check FILE, then run each search block in it for its devices: stage 1
			                       picks the width and resolution whose fitting subnets have the most
			                       MACs, stage 2 evolves the subnet that maximises the objective within
			                       the device's SRAM, Flash and latency limits. Prints the ranking and
			                       writes a JSON report (FILE.search.json unless --json says).
			  help                 Show this help.

			Options:
			  --json               analyze: write the report as one JSON document on standard output.
			  --train              analyze: report the memory of fine-tuning on the device instead (TinyTL):
			                       per layer for each train block of FILE (or each network, with TinyTL's
			                       bias-only + lite-residual, batch 1, sgd, fp32), and the schemes compared.
			  --name NAME          import: the network's name (default: the file's name).
			  --input FILE         run: the raw bytes of the model's next input, exactly its size.
			  --output FILE        run: also write the raw bytes of the (first) output to FILE.
			  --network NAME       run: the network to run when the .tinyml file holds several.
			  --out DIR            generate: the folder to generate into (one deployment only).
			  --target TARGET      generate: portable (plain C99) or arm-dsp (SIMD where the compiler
			                       targets the DSP extension, plain C elsewhere).
			  --deploy N           generate: only the Nth deployment of FILE, from 1, or those of the
			                       network named N.
			  --device NAME        search: search for this device instead of the search's devices.
			  --apply              search: add each device's winner to FILE as a network SEARCH_DEVICE.
			  --json FILE          search: write the JSON report to FILE.
			  --evaluator COMMAND  search: the accuracy evaluator of a 'maximize accuracy' that names none
			                       (words split at spaces; quote a word with spaces in "...").
			  --help, -h           Show this help.
			  --version            Show the version.

			Examples:
			  tinyforge analyze example-projects/person-detection/person-detect.tinyml
			  tinyforge analyze person_detect.tflite --json
			  tinyforge import vww_96_int8.tflite --name vww > vww.tinyml
			  tinyforge run person_detect.tflite --input person.bin --output scores.bin
			  tinyforge generate app.tinyml --deploy person_detect --target portable

			Exit status: 0 ok; 1 errors in the model, a deployment that does not fit, or a model
			that cannot be imported, written as .tinyml, run or generated; 2 bad usage.
			""";

	private Main() {
	}

	public static void main(String[] args) {
		Logging.toStandardError();
		System.exit(run(args, System.out, System.err));
	}

	/**
	 * Runs one command line; unlike {@link #main} it leaves the JVM running.
	 *
	 * @return the exit code, one of {@link ExitStatus}
	 */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine commandLine;
		try {
			commandLine = CommandLine.parse(args);
		} catch (UsageException e) {
			err.println("tinyforge: " + e.getMessage());
			err.println("Run 'tinyforge --help' for usage.");
			return ExitStatus.USAGE.code();
		}
		try {
			return run(commandLine, out, err).code();
		} catch (RuntimeException e) {
			// A bug, not the user's fault; one line tells more than a stack trace to someone checking a model.
			err.println("tinyforge: internal error: " + e);
			return ExitStatus.FAILED.code();
		}
	}

	private static ExitStatus run(CommandLine commandLine, PrintStream out, PrintStream err) {
		return switch (commandLine.command()) {
		case HELP -> {
			out.print(USAGE);
			yield ExitStatus.OK;
		}
		case VERSION -> {
			out.println("tinyforge " + version());
			yield ExitStatus.OK;
		}
		case ANALYZE -> commandLine.train() ? new TrainingCommand(out, err).run(commandLine.file(), commandLine.json())
				: new AnalyzeCommand(out, err).run(commandLine.file(), commandLine.json());
		case IMPORT -> new ImportCommand(out, err).run(commandLine.file(), commandLine.name());
		case RUN -> new RunCommand(out, err).run(commandLine.file(), commandLine.network(), commandLine.inputs(),
				commandLine.output());
		case GENERATE -> new GenerateCommand(out, err).run(commandLine.file(), commandLine.outDir(),
				commandLine.target(), commandLine.deploy());
		case SEARCH -> new SearchCommand(out, err).run(commandLine.file(), commandLine.device(), commandLine.apply(),
				commandLine.report(), commandLine.evaluator());
		};
	}

	/** The runnable jar's manifest carries the build's version; a bundle run from the workspace has none. */
	private static String version() {
		String version = Main.class.getPackage().getImplementationVersion();
		return version == null ? "(development build)" : version;
	}
}
