package dev.tinyforge.ui.internal.build;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Generate Code on a .tinyml file (its editor, after saving it, or the file in a navigator): validates it and
 * generates the C code of its deploys in a user job; the job's result names the folders written or the failures.
 */
public class GenerateCodeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile file = target(event);
		if (file == null) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob("Generating C code for " + file.getName()) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
				return status(file, ModelBuild.run(file));
			}
		};
		job.setRule(file.getProject());
		job.setUser(true);
		job.schedule();
		return null;
	}

	private static IFile target(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getActivePart(event) == editor && editor != null) {
			editor.doSave(null);
			return Adapters.adapt(editor.getEditorInput(), IFile.class);
		}
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			IFile file = Adapters.adapt(selection.getFirstElement(), IFile.class);
			return file != null && TinyMlUi.FILE_EXTENSION.equals(file.getFileExtension()) ? file : null;
		}
		return null;
	}

	private static IStatus status(IFile file, List<CodeGeneration.Outcome> outcomes) {
		if (outcomes.isEmpty()) {
			return Status.warning(file.getName() + ": nothing generated; see the Problems view for its errors, or"
					+ " deploy a network that comes from a .tflite file");
		}
		String report = outcomes.stream().map(o -> o.succeeded() ? o.output() : o.errors())
				.collect(Collectors.joining("\n"));
		return outcomes.stream().allMatch(CodeGeneration.Outcome::succeeded) ? Status.info(report)
				: Status.error(report);
	}
}
