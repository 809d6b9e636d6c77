package io.multilin.check.verdict;

/** What a measurement says about an exact derivation (MATH.md section 5's table). */
public enum Agreement {
    AGREES, CONTRADICTS, CANNOT_TELL
}
