package io.multilin.numeric.engine;

/**
 * A direction of weight space given one row of one weight matrix at a time, never as a
 * weight-sized array: rank-one or range-coordinate factors expand a row in O(width), a seeded
 * Gaussian is streamed again. So a ball cell holds its probe directions in O(sum of widths)
 * and only w0 is weight-sized (docs/MEANING.md section 4 asks for every probe, not for them to
 * be stored).
 */
public interface RowSource {

    /** Whether layer l (1..L) of the direction may be nonzero; its rows are skipped otherwise. */
    boolean covers(int l);

    /** A fresh cursor at the first row of layer 1. */
    Cursor open();

    /** Rows in increasing (layer, row) order; a cursor is used by one caller at a time. */
    interface Cursor {
        /**
         * Writes row i of layer l ({@code n_{l-1}} entries) into out. Calls come in increasing
         * (l, i) order over the covered layers; a streamed source samples what is skipped.
         */
        void row(int l, int i, double[] out);
    }
}
