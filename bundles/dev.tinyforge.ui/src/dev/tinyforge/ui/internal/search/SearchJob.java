package dev.tinyforge.ui.internal.search;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import dev.tinyforge.dsl.tinyMl.SearchSpace;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchCanceledException;
import dev.tinyforge.nas.SearchException;
import dev.tinyforge.nas.run.EvaluatorSetting;
import dev.tinyforge.nas.run.SearchBlockRunner;
import dev.tinyforge.nas.run.SearchRun;

/**
 * One search block run off the UI thread as a user job: the Progress view shows its stages and cancels it. Its
 * outcome, a failure's reason included, goes to the view's {@link SearchEvents}, not to an error dialog.
 */
public final class SearchJob extends Job {

	/** The family of every search job, to find or wait for them. */
	public static final Object FAMILY = SearchJob.class;

	private final SearchSpace search;
	private final List<DeviceTarget> devices;
	private final Path folder;
	private final int threads;
	private final EvaluatorSetting evaluator;
	private final Display display;
	private final SearchEvents events;

	/**
	 * @param search a block of a parse of the file's text that nothing else uses while the job runs
	 * @param folder the file's folder, where an evaluator command runs
	 * @param threads workers for stage 1
	 * @param evaluator the accuracy evaluator of a block that names none
	 */
	public SearchJob(SearchSpace search, List<DeviceTarget> devices, Path folder, int threads,
			EvaluatorSetting evaluator, Display display, SearchEvents events) {
		super("TinyNAS search " + search.getName());
		this.search = search;
		this.devices = List.copyOf(devices);
		this.folder = folder;
		this.threads = threads;
		this.evaluator = evaluator;
		this.display = display;
		this.events = events;
		setUser(true);
	}

	/** What the search maximises, for the plot's axis. */
	public String objective() {
		return search.getObjective() == null || search.getObjective().isMacs() ? "MACs" : "accuracy";
	}

	/** How many devices it searches for. */
	public int devices() {
		return devices.size();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			SearchRun run = SearchBlockRunner.run(search, devices, folder, threads, evaluator,
					new JobSearchMonitor(monitor, search.getName(), devices.size(), this::post));
			post(events -> events.finished(run));
			return Status.OK_STATUS;
		} catch (SearchCanceledException e) {
			post(SearchEvents::canceled);
			return Status.CANCEL_STATUS;
		} catch (SearchException e) {
			post(events -> events.failed(e.getMessage()));
			return Status.OK_STATUS;
		} catch (RuntimeException e) {
			// a bug: the view stops waiting, the error log keeps the trace
			post(events -> events.failed("the search stopped on an internal error: " + e));
			return Status.error("TinyNAS search " + search.getName() + " failed", e);
		} finally {
			monitor.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	private void post(Consumer<SearchEvents> event) {
		if (!display.isDisposed()) {
			display.asyncExec(() -> event.accept(events));
		}
	}
}
