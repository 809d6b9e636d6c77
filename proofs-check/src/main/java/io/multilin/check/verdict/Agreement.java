package io.multilin.check.verdict;

/** What a measurement says about an exact derivation (the table of docs/VERDICTS.md). */
public enum Agreement {
    AGREES, CONTRADICTS, CANNOT_TELL
}
