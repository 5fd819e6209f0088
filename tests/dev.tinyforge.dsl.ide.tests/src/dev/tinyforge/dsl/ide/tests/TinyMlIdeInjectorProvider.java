package dev.tinyforge.dsl.ide.tests;

import org.eclipse.xtext.testing.IInjectorProvider;

import com.google.inject.Injector;

import dev.tinyforge.dsl.ide.TinyMlIdeSetup;

/** The injector the language server uses: runtime and ide modules together. */
public class TinyMlIdeInjectorProvider implements IInjectorProvider {

	private Injector injector;

	@Override
	public Injector getInjector() {
		if (injector == null) {
			injector = new TinyMlIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
