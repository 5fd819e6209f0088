package dev.tinyforge.cli.internal;

import com.google.inject.Injector;

import dev.tinyforge.dsl.TinyMlStandaloneSetup;

/** The language's Guice injector, set up once per JVM: that takes a noticeable part of a second. */
final class TinyMlLanguage {

	private TinyMlLanguage() {
	}

	static Injector injector() {
		return Holder.INJECTOR;
	}

	/** The class loader initialises this on first use, once, thread-safely. */
	private static final class Holder {
		static final Injector INJECTOR = new TinyMlStandaloneSetup().createInjectorAndDoEMFRegistration();
	}
}
