package dev.tinyforge.dsl.formatting2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dev.tinyforge.dsl.edit.TextReplacement;

/**
 * Lays out .tinyml text that a tool wrote (an imported model, a search's winner) with the language's formatter, as
 * the editor's Format command does, so that it looks like hand-formatted text whatever layout its writer chose.
 */
public class TextFormatter {

	/** Never stored: the text is parsed in memory. */
	private static final URI IN_MEMORY = URI.createURI("in-memory:/formatted.tinyml");

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<XtextResource> resources;

	@Inject
	private FormattingEdits edits;

	/**
	 * @param text .tinyml text without syntax errors
	 * @throws IllegalStateException if the text has syntax errors: the caller wrote it, so that is a bug
	 */
	public String format(String text) {
		XtextResource resource = resources.get();
		resource.setURI(IN_MEMORY);
		resourceSets.get().getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new UncheckedIOException("reading from memory does not fail", e);
		}
		if (!resource.getErrors().isEmpty()) {
			throw new IllegalStateException("the text to format does not parse: " + resource.getErrors().get(0)
					.getMessage());
		}
		return TextReplacement.apply(text, edits.of(resource));
	}
}
