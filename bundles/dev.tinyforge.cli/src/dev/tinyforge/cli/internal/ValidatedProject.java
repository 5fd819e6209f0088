package dev.tinyforge.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

import dev.tinyforge.dsl.tinyMl.Model;

/**
 * A .tinyml file loaded with the files beside it (see {@link ProjectLoader}) and validated as the editor does,
 * deployment fit included.
 *
 * @param resource the file's resource
 * @param issues the file's own issues, not its neighbours'
 */
record ValidatedProject(Resource resource, List<Issue> issues) {

	/** @throws CommandFailure a usage error naming a file that could not be read */
	static ValidatedProject load(Path path) throws CommandFailure {
		Injector injector = TinyMlLanguage.injector();
		Resource resource = new ProjectLoader(injector.getInstance(XtextResourceSet.class)).load(path);
		return new ValidatedProject(resource, injector.getInstance(IResourceValidator.class).validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl));
	}

	/** The file's elements of one kind, in order; none for an empty file. */
	<T> List<T> elements(Class<T> type) {
		return resource.getContents().isEmpty() ? List.of()
				: EcoreUtil2.typeSelect(((Model) resource.getContents().get(0)).getElements(), type);
	}
}
