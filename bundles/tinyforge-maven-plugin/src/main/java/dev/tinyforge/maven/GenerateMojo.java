package dev.tinyforge.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code tinyforge:generate}: validates the .tinyml file as {@code analyze} does, then regenerates the C of its
 * deploys, each into its {@code output} folder (USER CODE sections are kept); nothing is written when the file
 * has errors or a deploy does not fit.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends TinyForgeMojo {

	/** A folder to generate into instead of the deploy's own (one deploy only: set {@link #deploy}). */
	@Parameter(property = "tinyforge.out")
	File outputDirectory;

	/** portable or arm-dsp; by default what each deploy and its device allow. */
	@Parameter(property = "tinyforge.target")
	String target;

	/** Only this deploy: its number in the file, from 1, or its network's name. */
	@Parameter(property = "tinyforge.deploy")
	String deploy;

	@Override
	List<String> arguments() {
		List<String> arguments = new ArrayList<>(List.of("generate", file.getPath()));
		if (outputDirectory != null) {
			arguments.addAll(List.of("--out", outputDirectory.getPath()));
		}
		if (target != null) {
			arguments.addAll(List.of("--target", target));
		}
		if (deploy != null) {
			arguments.addAll(List.of("--deploy", deploy));
		}
		return arguments;
	}
}
