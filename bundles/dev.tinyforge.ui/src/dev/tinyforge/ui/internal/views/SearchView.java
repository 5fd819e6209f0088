package dev.tinyforge.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import dev.tinyforge.dsl.edit.TextReplacement;
import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.run.SearchRun;
import dev.tinyforge.ui.chart.GenerationPlot;
import dev.tinyforge.ui.chart.ParetoScatter;
import dev.tinyforge.ui.chart.ParetoSeries;
import dev.tinyforge.ui.chart.ProgressSeries;
import dev.tinyforge.ui.internal.preferences.TinyForgePreferences;
import dev.tinyforge.ui.internal.search.SearchEvents;
import dev.tinyforge.ui.internal.search.SearchJob;
import dev.tinyforge.ui.internal.search.SearchLaunch;
import dev.tinyforge.ui.internal.search.SubnetInsertion;
import dev.tinyforge.ui.internal.search.SubnetRow;
import dev.tinyforge.ui.internal.search.SubnetTable;

/**
 * Window > Show View > TinyForge > TinyNAS Search: the search blocks of the .tinyml editor last active; Run
 * searches the chosen one as a job (Cancel, or the Progress view, stops it), plotting each device's best score per
 * generation as it goes and its Pareto front (MACs against peak SRAM, under the device's limit) when it ends; the
 * table lists the fronts, and Apply puts the selected subnet into the file as a network, which Undo takes out.
 */
public class SearchView extends ViewPart implements SearchEvents {

	public static final String ID = "dev.tinyforge.ui.search";

	/** Front members listed per device; the winner is the first. */
	private static final int ROWS_PER_DEVICE = 10;

	private TinyMlEditorTracker editor;
	private Combo searches;
	private Button run;
	private Button cancel;
	private Label message;
	private GenerationPlot progress;
	private ParetoScatter pareto;
	private SubnetTable table;
	private Button apply;

	private SearchJob job;
	private String searchName = "";
	private String objective = "";
	private final Map<String, List<Double>> bests = new LinkedHashMap<>();
	private final List<DeviceResult> finished = new ArrayList<>();
	private SearchRun result;
	private IFile resultFile;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
		Composite bar = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Search:");
		searches = new Combo(bar, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(searches);
		run = button(bar, "Run", this::run);
		cancel = button(bar, "Cancel", () -> {
			if (job != null) {
				job.cancel();
			}
		});
		message = new Label(bar, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(message);

		SashForm rows = new SashForm(parent, SWT.VERTICAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
		SashForm charts = new SashForm(rows, SWT.HORIZONTAL);
		progress = new GenerationPlot(charts);
		pareto = new ParetoScatter(charts);
		Composite results = new Composite(rows, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(results);
		table = new SubnetTable(results);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table.viewer().getControl());
		apply = button(results, "Apply: add the selected subnet to the file as a network", this::apply);
		table.viewer().addSelectionChangedListener(event -> updateButtons());
		rows.setWeights(3, 2);

		editor = new TinyMlEditorTracker(getSite().getPage(), parent.getDisplay(), this::refresh);
		editor.start();
	}

	private static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}

	/** Lists the search blocks of the editor's current text, keeping the chosen one. */
	private void refresh() {
		if (searches.isDisposed()) {
			return;
		}
		String chosen = searches.getText();
		searches.removeAll();
		if (editor.document() == null) {
			setContentDescription("");
		} else {
			setContentDescription(editor.file().getName());
			for (SearchSpace search : SearchLaunch.blocks(editor.parse())) {
				searches.add(search.getName());
			}
			int index = searches.indexOf(chosen);
			searches.select(Math.max(0, index));
		}
		if (job == null) {
			say(editor.document() == null ? "Open a .tinyml file with a search block"
					: searches.getItemCount() == 0 ? editor.file().getName() + " holds no search block" : "", false);
		}
		updateButtons();
	}

	/** Chooses the search block to run by name. */
	public void select(String search) {
		searches.select(searches.indexOf(search));
		updateButtons();
	}

	/** Runs the chosen search block of the editor's text, if it is valid, as a job. */
	public void run() {
		if (job != null || editor.document() == null) {
			return;
		}
		IFile file = editor.file();
		try {
			job = SearchLaunch.prepare(editor.parse(), file, searches.getText(),
					TinyForgePreferences.current(), searches.getDisplay(), this);
		} catch (SearchException e) {
			say(e.getMessage(), true);
			return;
		}
		objective = job.objective();
		bests.clear();
		finished.clear();
		result = null;
		resultFile = file;
		searchName = searches.getText();
		showResults();
		say("Searching " + searchName + " for " + job.devices() + " device" + (job.devices() == 1 ? "" : "s")
				+ "...", false);
		job.schedule();
		updateButtons();
	}

	@Override
	public void generation(String device, int generation, double best) {
		bests.computeIfAbsent(device, name -> new ArrayList<>()).add(best);
		if (!progress.isDisposed()) {
			progress.setSeries(objective, bests.entrySet().stream()
					.map(entry -> new ProgressSeries(entry.getKey(), entry.getValue())).toList());
		}
	}

	@Override
	public void deviceFinished(DeviceResult device) {
		finished.add(device);
		showResults();
	}

	@Override
	public void finished(SearchRun search) {
		job = null;
		result = search;
		long evaluated = search.devices().stream().mapToLong(DeviceResult::evaluated).sum();
		say("Search " + search.name() + " done: " + evaluated + " subnets analysed in stage 2"
				+ (search.failures().isEmpty() ? "" : "; the evaluator failed on " + search.failures().size()
						+ ", e.g. " + search.failures().get(0).reason()),
				false);
		updateButtons();
	}

	@Override
	public void failed(String reason) {
		job = null;
		say(reason, true);
		updateButtons();
	}

	@Override
	public void canceled() {
		job = null;
		say("Search canceled", false);
		updateButtons();
	}

	/** Puts the selected subnet into the editor's text after its search block. */
	public void apply() {
		SubnetRow row = table.selected();
		if (row == null || result == null || editor.document() == null) {
			return;
		}
		if (!editor.file().equals(resultFile)) {
			say("The search ran on " + resultFile.getName() + "; open it to apply its subnets", true);
			return;
		}
		try {
			TextReplacement insertion = SubnetInsertion.apply(editor.document(), editor.file(), result, row);
			int start = insertion.offset() + insertion.text().indexOf("network");
			editor.editor().selectAndReveal(start, insertion.offset() + insertion.text().length() - start);
			say("Added network " + row.networkName() + " after search " + result.name() + " (Undo removes it)",
					false);
		} catch (SearchException e) {
			say(e.getMessage(), true);
		}
	}

	private void showResults() {
		if (pareto.isDisposed()) {
			return;
		}
		List<ParetoSeries> fronts = new ArrayList<>();
		List<SubnetRow> rows = new ArrayList<>();
		for (DeviceResult device : finished) {
			fronts.add(new ParetoSeries(device.device().name(), device.device().limits().sramBytes(),
					device.pareto().stream().map(c -> new ParetoSeries.Point(c.metrics().macs(),
							c.metrics().sramBytes())).toList()));
			for (int rank = 0; rank < Math.min(ROWS_PER_DEVICE, device.pareto().size()); rank++) {
				rows.add(new SubnetRow(searchName, device.device().name(), rank, device.pareto().get(rank)));
			}
		}
		if (finished.isEmpty()) {
			progress.setSeries(objective, List.of());
		}
		pareto.setSeries(fronts);
		table.setRows(rows);
	}

	private void updateButtons() {
		if (run.isDisposed()) {
			return;
		}
		run.setEnabled(job == null && searches.getItemCount() > 0);
		cancel.setEnabled(job != null);
		apply.setEnabled(job == null && result != null && table.selected() != null);
	}

	private void say(String text, boolean error) {
		if (message.isDisposed()) {
			return;
		}
		message.setText(text);
		message.setForeground(message.getDisplay().getSystemColor(error ? SWT.COLOR_DARK_RED : SWT.COLOR_BLACK));
		message.getParent().layout();
	}

	public String getMessage() {
		return message.getText();
	}

	/** Whether a search runs. */
	public boolean isRunning() {
		return job != null;
	}

	/** The last search's results, null before one finished. */
	public SearchRun getResult() {
		return result;
	}

	public SubnetTable getTable() {
		return table;
	}

	public GenerationPlot getProgressPlot() {
		return progress;
	}

	public ParetoScatter getParetoScatter() {
		return pareto;
	}

	@Override
	public void setFocus() {
		searches.setFocus();
	}

	@Override
	public void dispose() {
		if (job != null) {
			job.cancel();
		}
		if (editor != null) {
			editor.dispose();
		}
		super.dispose();
	}
}
