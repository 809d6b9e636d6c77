package io.multilin.check.sides;

import io.multilin.architecture.Quantity;

/** Progress of a sweep of one quantity: one call per finished (width, seed) cell. Called from any thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (quantity, done, total) -> { };

    void cellDone(Quantity quantity, int done, int total);

    /** Progress of a training claim ({@code label} names the stage, e.g. the seed and depth). */
    default void trainingProgress(String label, int done, int total) {
    }
}
