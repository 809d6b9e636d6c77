package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.PointValue;

/**
 * Measures a quantity at one cell. Runs on a pool thread, possibly concurrently with other
 * cells, so it must not share mutable state. Long computations should check
 * {@link Thread#isInterrupted()} now and then: a cancelled sweep interrupts running cells and
 * waits for them to return.
 */
@FunctionalInterface
public interface CellMeasurement {

    PointValue measure(long m, long seed) throws Exception;
}
