package dev.tinyforge.dsl.ui.markers;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/** Validates .tinyml text and shows its issues as markers of {@link #TYPE} on the file. */
public final class ProblemMarkers {

	/** A problem marker type of its own (plugin.xml), so that replacing ours leaves other tools' markers alone. */
	public static final String TYPE = "dev.tinyforge.dsl.ui.problem";

	/** Marker attribute holding the issue code of {@link dev.tinyforge.dsl.validation.IssueCodes}. */
	public static final String ISSUE_CODE = "issueCode";

	private ProblemMarkers() {
	}

	/** Syntax, linking and all checks, deployment fit included, as the command line validates. */
	public static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** Replaces the file's markers of {@link #TYPE} by the issues, in one workspace operation. */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		IWorkspaceRunnable update = monitor -> {
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				create(file, issue);
			}
		};
		// markers need no scheduling rule: the update does not wait for a build or another job
		ResourcesPlugin.getWorkspace().run(update, null, IWorkspace.AVOID_UPDATE, null);
	}

	private static void create(IFile file, Issue issue) throws CoreException {
		IMarker marker = file.createMarker(TYPE);
		marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
		marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
		if (issue.getLineNumber() != null) {
			marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
			marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
		}
		if (issue.getCode() != null) {
			marker.setAttribute(ISSUE_CODE, issue.getCode());
		}
	}

	private static int severity(Severity severity) {
		switch (severity) {
		case ERROR:
			return IMarker.SEVERITY_ERROR;
		case WARNING:
			return IMarker.SEVERITY_WARNING;
		default:
			return IMarker.SEVERITY_INFO;
		}
	}
}
