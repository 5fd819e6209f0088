package dev.tinyforge.app;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import dev.tinyforge.cli.Main;
import dev.tinyforge.cli.internal.Logging;

/**
 * {@code -application dev.tinyforge.generate}: {@code tinyforge generate} inside an Eclipse installation such as
 * STM32CubeIDE, run headless ({@code stm32cubeide -nosplash -application dev.tinyforge.generate app.tinyml}). The
 * arguments after Eclipse's own are those of the command; the exit code is the command's, as with CDT's headless
 * builder: 0 ok, 1 errors in the model or a deploy that does not fit, 2 bad usage.
 */
public final class GenerateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		List<String> arguments = new ArrayList<>(List.of("generate"));
		Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		if (given instanceof String[] strings) {
			arguments.addAll(List.of(strings));
		}
		context.applicationRunning();
		Logging.toStandardError(); // its own process, as the command line's: Xtext's warnings as one line each
		return Main.run(arguments.toArray(String[]::new), System.out, System.err);
	}

	@Override
	public void stop() {
		// One command runs to its end; there is nothing to interrupt.
	}
}
