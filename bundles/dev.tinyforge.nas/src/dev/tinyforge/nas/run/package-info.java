/**
 * Running a .tinyml {@code search} block as the command line and the IDE do: its devices as targets
 * ({@link dev.tinyforge.nas.run.SearchTargets}), the search with its objective, MACs or the user's evaluator
 * ({@link dev.tinyforge.nas.run.SearchBlockRunner}), and a result put back into the file as a formatted network
 * ({@link dev.tinyforge.nas.run.WinnerNetworks}).
 */
package dev.tinyforge.nas.run;
