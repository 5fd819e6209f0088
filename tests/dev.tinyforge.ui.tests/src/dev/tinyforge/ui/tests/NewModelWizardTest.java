package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.tinyforge.dsl.templates.ToolSettings;
import dev.tinyforge.ui.internal.build.TinyForgeNature;
import dev.tinyforge.ui.internal.preferences.TinyForgePreferences;
import dev.tinyforge.ui.internal.wizards.NewModelWizard;

/** File > New > TinyForge Model, driven as a user would: pick a folder, a name and a board, then Finish. */
class NewModelWizardTest {

	private IProject project;
	private IWorkbenchPage page;

	@BeforeEach
	void createProject() throws CoreException {
		page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("wizard-test");
		project.create(null);
		project.open(null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		page.closeAllEditors(false);
		project.delete(true, true, null);
	}

	@Test
	void finishingCreatesAModelForTheChosenBoardAndEnablesTinyForge() throws CoreException, IOException {
		assertEquals(ToolSettings.DEFAULTS, TinyForgePreferences.current(), "the defaults come from the core");
		NewModelWizard wizard = new NewModelWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		NewModelWizard.ModelPage modelPage = (NewModelWizard.ModelPage) wizard.getPages()[0];
		modelPage.setFileName("kws-pico.tinyml");
		Combo devices = find(dialog.getShell(), Combo.class);
		devices.select(devices.indexOf("Raspberry Pi RP2040 (Pico)"));

		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();

		IFile file = project.getFile("kws-pico.tinyml");
		String text;
		try (InputStream in = file.getContents()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertTrue(text.startsWith("device rp2040 ") && text.contains("network kws_pico {")
				&& text.contains("deploy kws_pico on rp2040 {\n\toutput \"generated/kws_pico\"\n}"), text);
		assertTrue(project.hasNature(TinyForgeNature.ID));
		IEditorPart editor = page.getActiveEditor();
		assertEquals(file, editor.getEditorInput().getAdapter(IFile.class));
	}

	private static <T extends Control> T find(Composite parent, Class<T> type) {
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				return type.cast(child);
			}
			if (child instanceof Composite composite) {
				T found = find(composite, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
