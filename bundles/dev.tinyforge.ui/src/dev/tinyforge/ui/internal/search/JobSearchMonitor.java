package dev.tinyforge.ui.internal.search;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.tinyforge.nas.DeviceResult;
import dev.tinyforge.nas.DeviceTarget;
import dev.tinyforge.nas.SearchMonitor;
import dev.tinyforge.nas.evolution.Candidate;

/**
 * A search's progress on a job's progress monitor (two tasks per device: stage 1, stage 2), its cancellation from
 * the monitor's Cancel, and its results to the view: each event is posted to the UI thread.
 */
final class JobSearchMonitor implements SearchMonitor {

	private final SubMonitor progress;
	private final Consumer<Consumer<SearchEvents>> post;
	private SubMonitor task;
	private String device = "";

	/**
	 * @param post runs an event on the UI thread
	 */
	JobSearchMonitor(IProgressMonitor monitor, String name, int devices, Consumer<Consumer<SearchEvents>> post) {
		this.progress = SubMonitor.convert(monitor, "TinyNAS search " + name, 2 * devices);
		this.post = post;
	}

	@Override
	public void deviceStarted(DeviceTarget target) {
		device = target.name();
	}

	@Override
	public void begin(String name, int units) {
		task = progress.newChild(1);
		task.setWorkRemaining(units);
		progress.subTask(device + ": " + name);
	}

	@Override
	public void worked(int units) {
		if (task != null) {
			task.worked(units);
		}
	}

	@Override
	public boolean isCanceled() {
		return progress.isCanceled();
	}

	@Override
	public void generation(int generation, Candidate best) {
		String name = device;
		double score = best.score();
		post.accept(events -> events.generation(name, generation, score));
	}

	@Override
	public void deviceFinished(DeviceResult result) {
		post.accept(events -> events.deviceFinished(result));
	}
}
