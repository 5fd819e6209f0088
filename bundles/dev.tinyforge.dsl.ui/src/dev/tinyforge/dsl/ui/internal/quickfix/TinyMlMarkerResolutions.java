package dev.tinyforge.dsl.ui.internal.quickfix;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;

import dev.tinyforge.dsl.ui.markers.ProblemMarkers;
import dev.tinyforge.dsl.validation.IssueCodes;

/** The quick fixes for a marker, chosen by its issue code. */
public class TinyMlMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return IssueCodes.SRAM_OVERFLOW.equals(marker.getAttribute(ProblemMarkers.ISSUE_CODE, null));
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return hasResolutions(marker) ? new IMarkerResolution[] { new HalveWidthResolution(), new AddSearchBlockResolution() }
				: new IMarkerResolution[0];
	}
}
