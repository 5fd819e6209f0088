package dev.tinyforge.cli.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Injector;

/**
 * Lays out .tinyml text with the language's formatter, as the editor's Format command does, so that printed
 * networks look like hand-formatted ones whatever layout their writer chose.
 */
final class DslFormatter {

	/** Never stored: the text is parsed in memory; the extension selects the language. */
	private static final URI IN_MEMORY = URI.createURI("in-memory:/formatted" + FileChecks.TINYML);

	private DslFormatter() {
	}

	/**
	 * @param text .tinyml text without syntax errors
	 * @throws IllegalStateException if the text has syntax errors: the caller wrote it, so that is a bug
	 */
	static String format(String text) {
		Injector injector = TinyMlLanguage.injector();
		XtextResource resource = parse(injector, text);
		ITextRegionAccess regionAccess = injector.getInstance(TextRegionAccessBuilder.class).forNodeModel(resource)
				.create();
		FormatterRequest request = injector.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regionAccess);
		request.setPreferences(new MapBasedPreferenceValues(Map.of()));
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		return regionAccess.getRewriter().renderToString(injector.getInstance(IFormatter2.class).format(request));
	}

	private static XtextResource parse(Injector injector, String text) {
		XtextResource resource = (XtextResource) injector.getInstance(XtextResourceSet.class).createResource(IN_MEMORY);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException("reading from memory does not fail", e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("the text to format does not parse: " + resource.getErrors().get(0)
					.getMessage());
		}
		return resource;
	}
}
