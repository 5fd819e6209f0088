package dev.tinyforge.dsl.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.tinyforge.dsl.ui.TinyMlUi;

/**
 * Go to definition: Ctrl+click (or F3 through the hyperlink) on a device, network or layer name opens its
 * declaration, in this file or the file beside it that declares it.
 */
public class TinyMlHyperlinkDetector extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		XtextResource resource = DocumentFiles.parse(viewer.getDocument());
		EObjectAtOffsetHelper helper = TinyMlUi.injector().getInstance(EObjectAtOffsetHelper.class);
		INode reference = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(region.getOffset(),
				region.getLength()));
		EObject target = helper.resolveCrossReferencedElementAt(resource, region.getOffset());
		if (reference == null || target == null || target.eIsProxy()) {
			return null;
		}
		IFile file = TinyMlUi.fileOf(target.eResource().getURI());
		INode name = declarationName(target);
		if (file == null || name == null) {
			return null;
		}
		return new IHyperlink[] { new DeclarationLink(new Region(reference.getOffset(), reference.getLength()), file,
				new Region(name.getOffset(), name.getLength()), NodeModelUtils.getTokenText(name)) };
	}

	private static INode declarationName(EObject target) {
		var name = target.eClass().getEStructuralFeature("name");
		var nodes = name == null ? java.util.List.<INode>of() : NodeModelUtils.findNodesForFeature(target, name);
		return nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(target) : nodes.get(0);
	}

	/** Opens the declaring file and selects the declared name. */
	private record DeclarationLink(IRegion getHyperlinkRegion, IFile file, IRegion declaration, String name)
			implements IHyperlink {

		@Override
		public String getTypeLabel() {
			return null;
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration of '" + name + "'";
		}

		@Override
		public void open() {
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			try {
				if (IDE.openEditor(page, file) instanceof ITextEditor editor) {
					editor.selectAndReveal(declaration.getOffset(), declaration.getLength());
				}
			} catch (PartInitException e) {
				org.eclipse.core.runtime.ILog.of(TinyMlHyperlinkDetector.class).error("Cannot open " + file.getFullPath(), e);
			}
		}
	}
}
