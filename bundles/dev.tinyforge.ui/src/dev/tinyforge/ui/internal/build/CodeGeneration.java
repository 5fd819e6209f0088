package dev.tinyforge.ui.internal.build;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;

import dev.tinyforge.cli.ExitStatus;
import dev.tinyforge.cli.Main;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;

/**
 * Generates the C code of a .tinyml file's deploys with the command line's {@code generate} (same folders, same
 * atomic replacement, same refusal of folders TinyForge did not write). Only deploys of networks that come
 * {@code from} a model file are generated: a network written layer by layer has no weights.
 */
final class CodeGeneration {

	/** What one deploy's generation printed. */
	record Outcome(int deploy, boolean succeeded, String output, String errors) {
	}

	/**
	 * A deploy to generate.
	 *
	 * @param number from 1, as {@code --deploy} counts
	 * @param defaultFolder where it goes when it names no {@code output} folder, relative to its file; null when it
	 *        names one
	 */
	record Deploy(int number, String defaultFolder) {
	}

	private CodeGeneration() {
	}

	/** The deploys that can be generated; those without {@code output} go to {@code outputFolder/NETWORK}. */
	static List<Deploy> generatable(XtextResource resource, String outputFolder) {
		List<Deploy> numbers = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return numbers;
		}
		List<Deployment> deployments = EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(),
				Deployment.class);
		for (int i = 0; i < deployments.size(); i++) {
			Deployment deployment = deployments.get(i);
			var network = deployment.getNetwork();
			if (network != null && !network.eIsProxy() && network.getModelFile() != null) {
				numbers.add(new Deploy(i + 1,
						deployment.getOutput() == null ? outputFolder + "/" + network.getName() : null));
			}
		}
		return numbers;
	}

	/** Runs {@code tinyforge generate FILE --deploy N [--out FOLDER]} on the saved file. */
	static Outcome generate(IFile file, Deploy deploy) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String path = file.getLocation().toOSString();
		List<String> args = new ArrayList<>(List.of("generate", path, "--deploy", Integer.toString(deploy.number())));
		if (deploy.defaultFolder() != null) {
			args.addAll(List.of("--out", file.getParent().getLocation().append(deploy.defaultFolder()).toOSString()));
		}
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Main.run(args.toArray(String[]::new), outStream, errStream);
		}
		return new Outcome(deploy.number(), code == ExitStatus.OK.code(), out.toString(StandardCharsets.UTF_8).strip(),
				err.toString(StandardCharsets.UTF_8).strip());
	}
}
