package io.multilin.check.sides;

import io.multilin.architecture.Quantity;

/** Progress of a sweep, one call per finished cell (width, seed). Called from any thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (quantity, width, seed, done, total) -> { };

    void cellDone(Quantity quantity, long width, int seed, int done, int total);

    /** Progress of a training claim ({@code label} names the stage, e.g. the seed and depth). */
    default void trainingProgress(String label, int done, int total) {
    }
}
