package dev.tinyforge.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import dev.tinyforge.dsl.templates.DevicePreset;
import dev.tinyforge.dsl.templates.ModelTemplate;
import dev.tinyforge.ui.internal.build.TinyForgeNature;
import dev.tinyforge.ui.internal.preferences.TinyForgePreferences;

/**
 * A new .tinyml file for a chosen board: its device, a small network that fits it and their deployment. The
 * project becomes a TinyForge project, and the file opens in the editor.
 */
public class NewModelWizard extends Wizard implements INewWizard {

	private ModelPage page;
	private IWorkbench workbench;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		setWindowTitle("New TinyForge Model");
		page = new ModelPage(selection);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			TinyForgeNature.enable(file.getProject());
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (CoreException e) {
			MessageDialog.openError(getShell(), "New TinyForge Model", e.getMessage());
		}
		return true;
	}

	/** The file's folder and name, and the board. */
	public static final class ModelPage extends WizardNewFileCreationPage {
		private Combo device;

		ModelPage(IStructuredSelection selection) {
			super("model", selection);
			setTitle("TinyForge Model");
			setDescription("A .tinyml file with a device, a network and their deployment");
			setFileExtension("tinyml");
			setFileName("model.tinyml");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite board = new Composite((Composite) getControl(), SWT.NONE);
			board.setLayout(new GridLayout(2, false));
			board.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			new Label(board, SWT.NONE).setText("Device:");
			device = new Combo(board, SWT.READ_ONLY);
			DevicePreset.ALL.forEach(preset -> device.add(preset.description()));
			device.select(0);
		}

		@Override
		protected InputStream getInitialContents() {
			String network = networkName(getFileName());
			String text = ModelTemplate.text(network, DevicePreset.ALL.get(Math.max(0, device.getSelectionIndex())),
					TinyForgePreferences.current());
			return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		}

		/** {@code person-detect.tinyml} gives {@code person_detect}: an identifier. */
		static String networkName(String fileName) {
			String base = fileName.endsWith(".tinyml") ? fileName.substring(0, fileName.length() - 7) : fileName;
			String name = base.replaceAll("[^A-Za-z0-9_]", "_");
			return name.isEmpty() || !Character.isLetter(name.charAt(0)) ? "net_" + name : name;
		}
	}
}
