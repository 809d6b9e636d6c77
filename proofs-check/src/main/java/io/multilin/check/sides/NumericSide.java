package io.multilin.check.sides;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;

/**
 * Port to the numeric module: a width sweep of one quantity. Implementations report progress
 * through {@link NumericSettings#progress()} and stop early when the calling thread is
 * interrupted (returning what they have, or an invalid measurement saying so).
 */
public interface NumericSide {

    /** Must not throw for a case it cannot measure: return {@link Measurement#invalid}. */
    Measurement measure(Architecture architecture, Quantity quantity, NumericSettings settings);

    /**
     * The same side keeping finished cells in {@code folder}, so that an interrupted run resumes
     * where it stopped; sides that cannot keep cells return themselves.
     */
    default NumericSide withCache(java.nio.file.Path folder) {
        return this;
    }

    /** The estimated cost of one cell at width m; empty when it cannot be estimated (never raised then). */
    default java.util.Optional<CellCost> cost(Architecture architecture, Quantity quantity, long m) {
        return java.util.Optional.empty();
    }
}
