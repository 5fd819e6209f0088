package dev.tinyforge.ui.internal.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.dsl.ui.markers.ProblemMarkers;
import dev.tinyforge.ui.internal.preferences.TinyForgePreferences;

/**
 * Validates a saved .tinyml file into its problem markers and, if it has no errors, generates the C code of its
 * deploys, reporting each to the TinyForge console and marking those that fail, then refreshes the file's folder
 * to show the generated files.
 */
final class ModelBuild {

	private ModelBuild() {
	}

	/** @return what each generated deploy printed; none when the file has errors or nothing to generate */
	static List<CodeGeneration.Outcome> run(IFile file) throws CoreException {
		XtextResource resource = TinyMlUi.parse(savedText(file), file);
		List<Issue> issues = ProblemMarkers.validate(resource);
		ProblemMarkers.replace(file, issues);
		GenerationMarkers.clear(file);
		List<CodeGeneration.Outcome> outcomes = new ArrayList<>();
		if (issues.stream().map(Issue::getSeverity).anyMatch(Severity.ERROR::equals)) {
			return outcomes; // the markers say why; generation would refuse the file too
		}
		String outputFolder = TinyForgePreferences.current().outputFolder();
		for (CodeGeneration.Deploy deploy : CodeGeneration.generatable(resource, outputFolder)) {
			CodeGeneration.Outcome outcome = CodeGeneration.generate(file, deploy);
			TinyForgeConsole.report(file, outcome);
			if (!outcome.succeeded()) {
				GenerationMarkers.add(file, outcome);
			}
			outcomes.add(outcome);
		}
		if (!outcomes.isEmpty()) {
			file.getParent().refreshLocal(IResource.DEPTH_INFINITE, null);
		}
		return outcomes;
	}

	private static String savedText(IFile file) throws CoreException {
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), file.getCharset());
		} catch (IOException e) {
			throw new CoreException(Status.error("Cannot read " + file.getFullPath(), e));
		}
	}
}
