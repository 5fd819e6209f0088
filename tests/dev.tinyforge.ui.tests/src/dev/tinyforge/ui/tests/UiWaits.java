package dev.tinyforge.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Runs the UI thread's events until a condition holds, as the tests run on that thread. */
final class UiWaits {

	private static final long DEFAULT_MILLIS = 20_000;

	private UiWaits() {
	}

	/** Fails with {@code message} after 20 seconds. */
	static void waitUntil(BooleanSupplier condition, String message) {
		until(condition, DEFAULT_MILLIS, () -> message);
	}

	/** As {@link #waitUntil(BooleanSupplier, String)}, with the failure's message made when it fails. */
	static void waitUntil(BooleanSupplier condition, Supplier<String> message) {
		until(condition, DEFAULT_MILLIS, message);
	}

	static void until(BooleanSupplier condition, long millis, String message) {
		until(condition, millis, () -> message);
	}

	private static void until(BooleanSupplier condition, long millis, Supplier<String> message) {
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
