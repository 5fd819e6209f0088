package dev.tinyforge.nas.evaluator;

/** A candidate the evaluator could not score, and why: exit status, missing number or timeout, with its output. */
public record EvaluatorFailure(String subnet, String reason) {
}
