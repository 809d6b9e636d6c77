package io.multilin.numeric.sweep;

/**
 * Listener for the progress of a sweep. {@link WidthSweep} calls it from the thread that runs
 * the sweep, in order; implementations shared between sweeps must still be thread-safe.
 */
public interface SweepProgress {

    /** Does nothing. */
    SweepProgress NONE = (done, total, label) -> { };

    /** The sweep is about to launch its first cell. */
    default void started(int totalCells, String label) {
    }

    /** One more cell finished; {@code label} names the sweep and that cell. */
    void cellDone(int doneCells, int totalCells, String label);

    /** The sweep ended, {@code completed} false when it was cancelled or a cell failed. */
    default void finished(int doneCells, int totalCells, boolean completed) {
    }
}
