/**
 * The {@code tinyforge} command line: {@link dev.tinyforge.cli.Main} runs as a plain Java program (see the
 * {@code tinyforge} launcher at the repository root) and, for tests, through
 * {@link dev.tinyforge.cli.Main#run(String[], java.io.PrintStream, java.io.PrintStream)}.
 */
package dev.tinyforge.cli;
