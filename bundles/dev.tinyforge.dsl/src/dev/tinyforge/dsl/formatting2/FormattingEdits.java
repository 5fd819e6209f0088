package dev.tinyforge.dsl.formatting2;

import java.util.List;
import java.util.Map;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.preferences.MapBasedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ExceptionAcceptor;

import com.google.inject.Inject;
import com.google.inject.Provider;

import dev.tinyforge.dsl.edit.TextReplacement;

/**
 * The changes the formatter makes to a parsed file, as replacements an editor applies in one undoable step:
 * only whitespace that differs from the layout is touched, so markers and the caret stay where they were.
 */
public class FormattingEdits {

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccess;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	/** @return nothing for a file with syntax errors, whose layout the formatter would guess */
	public List<TextReplacement> of(XtextResource resource) {
		if (!resource.getErrors().isEmpty()) {
			return List.of();
		}
		ITextRegionAccess access = regionAccess.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get();
		request.setTextRegionAccess(access);
		request.setPreferences(new MapBasedPreferenceValues(Map.of()));
		request.setExceptionHandler(ExceptionAcceptor.THROWING);
		List<ITextReplacement> replacements = formatter.format(request);
		return replacements.stream()
				.filter(r -> !r.getReplacementText().equals(r.getText()))
				.map(r -> new TextReplacement(r.getOffset(), r.getLength(), r.getReplacementText())).toList();
	}
}
