package dev.tinyforge.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.IPreferencesService;

import dev.tinyforge.dsl.templates.ToolSettings;

/** The preference keys, their defaults (from the core) and the current {@link ToolSettings}. */
public class TinyForgePreferences extends AbstractPreferenceInitializer {

	public static final String QUALIFIER = "dev.tinyforge.ui";
	public static final String OUTPUT_FOLDER = "outputFolder";
	public static final String PATCH_MODE = "patchMode";
	public static final String EVALUATOR_COMMAND = "evaluatorCommand";
	public static final String PARALLELISM = "parallelism";

	@Override
	public void initializeDefaultPreferences() {
		IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(QUALIFIER);
		ToolSettings settings = ToolSettings.DEFAULTS;
		defaults.put(OUTPUT_FOLDER, settings.outputFolder());
		defaults.put(PATCH_MODE, settings.patchMode());
		defaults.put(EVALUATOR_COMMAND, settings.evaluatorCommand());
		defaults.putInt(PARALLELISM, settings.parallelism());
	}

	/** The settings as the user left them, defaults where unset. */
	public static ToolSettings current() {
		IPreferencesService service = Platform.getPreferencesService();
		ToolSettings defaults = ToolSettings.DEFAULTS;
		return new ToolSettings(service.getString(QUALIFIER, OUTPUT_FOLDER, defaults.outputFolder(), null),
				service.getString(QUALIFIER, PATCH_MODE, defaults.patchMode(), null),
				service.getString(QUALIFIER, EVALUATOR_COMMAND, defaults.evaluatorCommand(), null),
				service.getInt(QUALIFIER, PARALLELISM, defaults.parallelism(), null));
	}
}
