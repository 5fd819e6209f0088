package dev.tinyforge.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.testing.validation.ValidationTestHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

import dev.tinyforge.dsl.templates.DevicePreset;
import dev.tinyforge.dsl.templates.ModelTemplate;
import dev.tinyforge.dsl.templates.ToolSettings;
import dev.tinyforge.dsl.tinyMl.Deployment;
import dev.tinyforge.dsl.tinyMl.Model;
import dev.tinyforge.dsl.tinyMl.PatchMode;

/** A new file made from each device preset is valid and its network fits. */
@ExtendWith(InjectionExtension.class)
@InjectWith(TinyMlInjectorProvider.class)
class ModelTemplateTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private ValidationTestHelper validation;

	@Test
	void everyPresetGivesAValidFileThatFits() throws Exception {
		assertEquals(List.of("stm32f746g_disco", "stm32h743", "stm32f412", "stm32l4r5", "nrf52840", "rp2040"),
				DevicePreset.ALL.stream().map(DevicePreset::name).toList());
		for (DevicePreset preset : DevicePreset.ALL) {
			Model model = parser.parse(ModelTemplate.text("detector", preset, ToolSettings.DEFAULTS));
			List<Issue> issues = validation.validate(model);
			assertTrue(issues.isEmpty(), () -> preset.name() + ": " + issues);
		}
	}

	@Test
	void settingsChooseTheOutputFolderAndPatches() throws Exception {
		ToolSettings settings = new ToolSettings("Core/TinyForge", "auto", "", 2);
		Model model = parser.parse(ModelTemplate.text("kws", DevicePreset.ALL.get(0), settings));
		Deployment deploy = (Deployment) model.getElements().get(2);

		assertEquals("Core/TinyForge/kws", deploy.getOutput());
		assertEquals(PatchMode.AUTO, deploy.getPatches().getMode());
		assertTrue(validation.validate(model).isEmpty());
	}
}
