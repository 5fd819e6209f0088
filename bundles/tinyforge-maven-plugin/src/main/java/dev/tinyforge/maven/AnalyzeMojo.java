package dev.tinyforge.maven;

import java.util.List;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code tinyforge:analyze}: validates the .tinyml file and checks that every deploy in it fits its device; prints
 * the per-layer memory report and fails the build on errors or on a deploy that does not fit.
 */
@Mojo(name = "analyze", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class AnalyzeMojo extends TinyForgeMojo {

	@Override
	List<String> arguments() {
		return List.of("analyze", file.getPath());
	}
}
