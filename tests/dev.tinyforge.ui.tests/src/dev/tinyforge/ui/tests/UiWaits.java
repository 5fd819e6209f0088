package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's events until a condition holds, as the tests run on that thread. */
final class UiWaits {

	private UiWaits() {
	}

	static void until(BooleanSupplier condition, long millis, String message) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < end, message);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { /* wakes the loop to check again */ });
				display.sleep();
			}
		}
	}
}
