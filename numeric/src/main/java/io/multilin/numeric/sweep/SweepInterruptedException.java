package io.multilin.numeric.sweep;

/**
 * A sweep stopped before all its cells were measured, because its thread was interrupted or
 * its cancel flag was raised. No cell is running any more when this is thrown. When the cause
 * was a thread interrupt the thread's interrupt status is set again.
 */
public final class SweepInterruptedException extends Exception {

    private final int doneCells;
    private final int totalCells;

    public SweepInterruptedException(String message, int doneCells, int totalCells) {
        super(message + " after " + doneCells + " of " + totalCells + " cells");
        this.doneCells = doneCells;
        this.totalCells = totalCells;
    }

    public int doneCells() {
        return doneCells;
    }

    public int totalCells() {
        return totalCells;
    }
}
