/**
 * A user's evaluator as the search objective ({@code maximize accuracy with "python3 eval.py"}). The protocol:
 * for each candidate TinyForge makes a fresh folder holding {@code architecture.json} (the subnet and its
 * analysis) and {@code network.tinyml} (the network as DSL text), runs exactly the configured command with that
 * folder's path appended as its last argument, in the folder of the .tinyml file, and reads the accuracy (a
 * number, higher is better) from the last non-empty line the command prints. The command is split at spaces
 * (quotes group) and run directly, never through a shell. Up to {@code parallel} commands run at once; one that
 * exits non-zero, prints no number or outlives the timeout is stopped, reported and its candidate left unscored.
 * Scores are cached per subnet for the whole run, so no candidate is evaluated twice.
 */
package dev.tinyforge.nas.evaluator;
