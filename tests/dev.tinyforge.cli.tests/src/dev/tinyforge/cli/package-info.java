/** Tests of the {@code tinyforge} command line, run through {@link dev.tinyforge.cli.Main#run}. */
package dev.tinyforge.cli;
