package dev.tinyforge.ui.internal.search;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import dev.tinyforge.dsl.templates.ToolSettings;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.dsl.ui.TinyMlUi;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.run.EvaluatorSetting;
import dev.tinyforge.nas.run.SearchTargets;

/**
 * What Run starts: a search block of a file's current text as a job, once the text is valid as the command line
 * requires it (deployments that fit included), the block names its devices and the file is on disk.
 */
public final class SearchLaunch {

	private SearchLaunch() {
	}

	/** The search blocks of a parsed file, in order. */
	public static List<SearchSpace> blocks(XtextResource resource) {
		return resource.getContents().isEmpty() ? List.of()
				: EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(), SearchSpace.class);
	}

	/**
	 * @param resource a parse of the file's text that nothing else uses: the job reads it
	 * @param name the search block to run
	 * @param settings the parallelism (stage 1's workers, and evaluators of blocks that name none) and the evaluator
	 *            command of blocks that name none
	 * @return the job, not scheduled yet
	 * @throws SearchException with a message for the user on why it cannot run
	 */
	public static SearchJob prepare(XtextResource resource, IFile file, String name, ToolSettings settings,
			Display display, SearchEvents events) {
		List<Issue> errors = TinyMlUi.injector().getInstance(IResourceValidator.class)
				.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(issue -> issue.getSeverity() == Severity.ERROR).toList();
		if (!errors.isEmpty()) {
			Issue first = errors.get(0);
			throw new SearchException(file.getName() + " has " + errors.size() + " error"
					+ (errors.size() == 1 ? "" : "s") + "; fix them first. Line " + first.getLineNumber() + ": "
					+ first.getMessage());
		}
		SearchSpace search = blocks(resource).stream().filter(block -> block.getName().equals(name)).findFirst()
				.orElseThrow(() -> new SearchException(file.getName() + " holds no search block " + name));
		if (search.getDevices().isEmpty()) {
			throw new SearchException("search " + name + " names no devices: add 'devices NAME, ...' to it");
		}
		if (file.getLocation() == null) {
			throw new SearchException(file.getName() + " is not on disk, where an evaluator would run");
		}
		return new SearchJob(search, SearchTargets.of(search, search.getDevices()),
				Path.of(file.getLocation().toOSString()).getParent(), settings.parallelism(),
				new EvaluatorSetting(settings.evaluatorCommand(), settings.parallelism()), display, events);
	}
}
