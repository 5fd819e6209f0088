package dev.tinyforge.ui.internal.build;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
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

	private CodeGeneration() {
	}

	/** The numbers (from 1, as {@code --deploy} counts) of the deploys that can be generated. */
	static List<Integer> generatable(XtextResource resource) {
		List<Integer> numbers = new ArrayList<>();
		if (resource.getContents().isEmpty()) {
			return numbers;
		}
		List<Deployment> deployments = EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(),
				Deployment.class);
		for (int i = 0; i < deployments.size(); i++) {
			var network = deployments.get(i).getNetwork();
			if (network != null && !network.eIsProxy() && network.getModelFile() != null) {
				numbers.add(i + 1);
			}
		}
		return numbers;
	}

	/** Runs {@code tinyforge generate FILE --deploy N} on the saved file. */
	static Outcome generate(IFile file, int deploy) throws CoreException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		String path = file.getLocation().toOSString();
		int code;
		try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
				PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
			code = Main.run(new String[] { "generate", path, "--deploy", Integer.toString(deploy) }, outStream,
					errStream);
		}
		return new Outcome(deploy, code == ExitStatus.OK.code(), out.toString(StandardCharsets.UTF_8).strip(),
				err.toString(StandardCharsets.UTF_8).strip());
	}
}
