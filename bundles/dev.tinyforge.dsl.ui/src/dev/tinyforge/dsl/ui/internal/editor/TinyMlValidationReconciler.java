package dev.tinyforge.dsl.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

import dev.tinyforge.dsl.ui.markers.ProblemMarkers;

/**
 * Validation while typing: after a pause the editor's text is validated with the files beside it and its issues
 * replace the file's problem markers, which the editor shows as squiggles and the Problems view lists.
 */
public class TinyMlValidationReconciler extends MonoReconciler {

	public TinyMlValidationReconciler() {
		super(new Strategy(), false);
		setDelay(300);
	}

	private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {
		private volatile IDocument document;

		@Override
		public void setDocument(IDocument document) {
			this.document = document;
		}

		@Override
		public void setProgressMonitor(IProgressMonitor monitor) {
			// validation of a small file is not worth cancelling
		}

		@Override
		public void initialReconcile() {
			validate();
		}

		@Override
		public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
			validate();
		}

		@Override
		public void reconcile(IRegion partition) {
			validate();
		}

		private void validate() {
			IDocument current = document;
			IFile file = current == null ? null : DocumentFiles.fileOf(current);
			if (file == null) {
				return; // markers need a workspace file
			}
			try {
				ProblemMarkers.replace(file, ProblemMarkers.validate(DocumentFiles.parse(current)));
			} catch (CoreException e) {
				ILog.of(TinyMlValidationReconciler.class).error("Cannot update the markers of " + file.getFullPath(), e);
			}
		}
	}
}
