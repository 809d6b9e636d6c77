package io.multilin.check.sides;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;

/**
 * Port to the symbolic module: the exact width exponent of a quantity, derived by rules, and the
 * exact expansion of a small instance that the report shows.
 */
public interface SymbolicSide {

    /** Must not throw for an unsupported case: return {@link Prediction.NoRule} with the reason. */
    Prediction predict(Architecture architecture, Quantity quantity);

    /**
     * Whether this side expands a small instance of the network exactly (the symbolic module:
     * linear networks, whose expansion stays small); none by default.
     */
    default boolean expands(Architecture architecture) {
        return false;
    }

    /**
     * The exact expansion of a small instance of a network this side {@link #expands}, for the
     * report, with at most {@code shownTerms} terms typeset per group. May throw: the report says so.
     */
    default SmallExpansion smallInstance(Architecture architecture, int shownTerms) {
        throw new IllegalStateException("this symbolic side expands no network");
    }
}
