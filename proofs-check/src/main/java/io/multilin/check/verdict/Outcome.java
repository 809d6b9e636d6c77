package io.multilin.check.verdict;

/** What one side's evidence says about one expectation or one assertion. */
public enum Outcome {
    SUPPORTS, CONTRADICTS, UNDECIDED, NO_RULE
}
