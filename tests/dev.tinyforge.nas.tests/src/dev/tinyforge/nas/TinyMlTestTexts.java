package dev.tinyforge.nas;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

import dev.tinyforge.dsl.TinyMlStandaloneSetup;
import dev.tinyforge.dsl.tinyMl.Model;

/** Parses .tinyml text for the tests. */
public final class TinyMlTestTexts {

	private static Injector injector;

	private TinyMlTestTexts() {
	}

	/** The language's standalone injector, made once. */
	public static synchronized Injector injector() {
		if (injector == null) {
			injector = new TinyMlStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}

	public static Model parse(String text) {
		Resource resource = injector().getInstance(XtextResourceSet.class).createResource(URI.createURI("test.tinyml"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalArgumentException("syntax errors: " + resource.getErrors() + " in\n" + text);
		}
		return (Model) resource.getContents().get(0);
	}
}
