package dev.tinyforge.cli.internal;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.EnhancedPatternLayout;
import org.apache.log4j.Level;
import org.apache.log4j.LogManager;
import org.apache.log4j.Logger;

/**
 * Routes the log of Xtext and EMF away from standard output, which carries the report (JSON for tools): the
 * log4j.properties in Xtext's jar would log there. Warnings and errors only, one line each, without stack traces.
 */
public final class Logging {

	private Logging() {
	}

	public static void toStandardError() {
		LogManager.resetConfiguration();
		Logger root = Logger.getRootLogger();
		root.setLevel(Level.WARN);
		root.addAppender(new ConsoleAppender(new EnhancedPatternLayout("tinyforge: %p: %m%n%throwable{short}"),
				ConsoleAppender.SYSTEM_ERR));
	}
}
