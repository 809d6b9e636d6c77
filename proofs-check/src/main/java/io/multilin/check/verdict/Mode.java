package io.multilin.check.verdict;

/** Which sides a run consults: both (the default), or one alone ({@code --only}). */
public enum Mode {
    BOTH, SYMBOLIC, NUMERIC;

    public boolean usesSymbolic() {
        return this != NUMERIC;
    }

    public boolean usesNumeric() {
        return this != SYMBOLIC;
    }
}
