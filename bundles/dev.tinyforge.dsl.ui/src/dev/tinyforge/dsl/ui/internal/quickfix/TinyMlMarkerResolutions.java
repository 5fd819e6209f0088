package dev.tinyforge.dsl.ui.internal.quickfix;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
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
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> fixes = new ArrayList<>();
		EnablePatchesResolution patches = enablePatches(marker);
		if (patches != null) {
			fixes.add(patches); // first: it leaves the network as it is
		}
		fixes.add(new HalveWidthResolution());
		fixes.add(new AddSearchBlockResolution());
		return fixes.toArray(IMarkerResolution[]::new);
	}

	private static EnablePatchesResolution enablePatches(IMarker marker) {
		try {
			return EnablePatchesResolution.forDeployment(DeploymentResolution.deploymentOf(marker));
		} catch (CoreException e) {
			ILog.of(TinyMlMarkerResolutions.class).error("Cannot read the file of " + marker, e);
			return null;
		}
	}
}
