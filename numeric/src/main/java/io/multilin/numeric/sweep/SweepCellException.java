package io.multilin.numeric.sweep;

/**
 * A cell's measurement threw (or returned null). The cell (width, seed) is named in the
 * message and available as {@link #cell()}; the original failure is the cause. The rest of
 * the sweep was cancelled and no cell is running any more.
 */
public final class SweepCellException extends Exception {

    private final transient SweepCell cell;

    public SweepCellException(String sweepLabel, SweepCell cell, Throwable cause) {
        super(sweepLabel + ": cell " + cell + " failed: " + describe(cause), cause);
        this.cell = cell;
    }

    private static String describe(Throwable cause) {
        return cause == null ? "measurement returned null" : cause.toString();
    }

    public SweepCell cell() {
        return cell;
    }
}
