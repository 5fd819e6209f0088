package dev.tinyforge.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** The settings of code generation and of TinyNAS searches. */
public class TinyForgePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TinyForgePreferencePage() {
		super(GRID);
		setDescription("Code generation and TinyNAS search. A .tinyml file's own settings take precedence.");
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, TinyForgePreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		addField(new StringFieldEditor(TinyForgePreferences.OUTPUT_FOLDER,
				"Output folder of deploys without 'output' (relative to the file):", getFieldEditorParent()));
		addField(new ComboFieldEditor(TinyForgePreferences.PATCH_MODE, "Patch-based inference in new files:",
				new String[][] { { "off", "off" }, { "auto", "auto" } }, getFieldEditorParent()));
		addField(new StringFieldEditor(TinyForgePreferences.EVALUATOR_COMMAND,
				"Search: evaluator command of 'maximize accuracy' without 'with':", getFieldEditorParent()));
		IntegerFieldEditor parallelism = new IntegerFieldEditor(TinyForgePreferences.PARALLELISM,
				"Search: candidates evaluated at once:", getFieldEditorParent());
		parallelism.setValidRange(1, 256);
		addField(parallelism);
	}
}
