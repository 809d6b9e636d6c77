package io.multilin.numeric.ball;

/**
 * The estimated cost of one ball cell (one width, one seed) of a quantity, known before the
 * cell runs, so that a caller can decide whether it can afford a larger width.
 *
 * @param peakBytes the estimated peak of the heap the cell holds live at once: its one
 *                  weight-sized array (w0, moved in place to each ball point and restored; probe
 *                  directions, gradients, eigenvectors and ascent iterates are kept as factors
 *                  or streamed, never weight-sized) plus the width-sized workspaces, counted
 *                  from the code. Live data only: the garbage the cell leaves (width-sized now)
 *                  is the collector's, and a heap needs headroom above this. An upper bound of
 *                  the live heap sampled inside cells at m = 120 (CellCostTest asserts it, and
 *                  that it is within 1.5x of it for Hessian cells, 3x for the others).
 * @param flopBound an upper bound of the floating-point operations of the cell, from a model
 *                  that counts passes over the weights (forward, backward, Hessian-vector
 *                  products, Taylor mode) with every Lanczos run at its iteration cap. Runs
 *                  stop earlier when they converge, so the bound is 1.5x to 30x the work done,
 *                  depending on the quantity (a linear network's off-diagonal block converges
 *                  in 3 iterations, a Hessian norm in about 50) but hardly on the width: to
 *                  predict the time of a width, scale a measured time of the same quantity by
 *                  the ratio of the two bounds. Not a time.
 */
public record CellCost(long peakBytes, double flopBound) {

    public CellCost {
        if (peakBytes <= 0 || !(flopBound > 0) || Double.isInfinite(flopBound)) {
            throw new IllegalArgumentException("a cell costs some memory and some work, got " + peakBytes
                    + " bytes and " + flopBound + " flops");
        }
    }
}
