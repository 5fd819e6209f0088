package dev.tinyforge.ui.internal.build;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;

/** Marks a TinyForge project and installs its {@link TinyForgeBuilder}. */
public class TinyForgeNature implements IProjectNature {

	public static final String ID = "dev.tinyforge.ui.nature";

	private IProject project;

	/** Adds the nature (and so the builder) to {@code project}, unless it has it. */
	public static void enable(IProject project) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (!description.hasNature(ID)) {
			String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
			natures[natures.length - 1] = ID;
			description.setNatureIds(natures);
			project.setDescription(description, null);
		}
	}

	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		if (Arrays.stream(commands).anyMatch(c -> TinyForgeBuilder.ID.equals(c.getBuilderName()))) {
			return;
		}
		ICommand command = description.newCommand();
		command.setBuilderName(TinyForgeBuilder.ID);
		ICommand[] extended = Arrays.copyOf(commands, commands.length + 1);
		extended[commands.length] = command;
		description.setBuildSpec(extended);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		description.setBuildSpec(Arrays.stream(description.getBuildSpec())
				.filter(c -> !TinyForgeBuilder.ID.equals(c.getBuilderName())).toArray(ICommand[]::new));
		project.setDescription(description, null);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
