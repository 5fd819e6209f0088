package dev.tinyforge.ui.internal.build;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

/** Configure > Enable TinyForge on a project: adds the nature, whose builder then validates and generates. */
public class EnableTinyForgeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			for (Object element : selection) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null) {
					try {
						TinyForgeNature.enable(project);
					} catch (CoreException e) {
						throw new ExecutionException("Cannot enable TinyForge on " + project.getName(), e);
					}
				}
			}
		}
		return null;
	}
}
