package io.multilin.numeric.ball;

/**
 * The estimated cost of one ball cell (one width, one seed) of a quantity, known before the
 * cell runs, so that a caller can decide whether it can afford a larger width.
 *
 * @param peakBytes the estimated peak of the heap the cell holds live at once: the weight-sized
 *                  arrays alive together at the worst moment of the measurement (w0, the ball
 *                  point, probe directions, gradients, eigenvectors, ascent workspaces), counted
 *                  from the code, plus the width-sized workspaces. Live data only: the garbage
 *                  the cell leaves (about one weight-sized array per probe direction) is the
 *                  collector's, and a heap needs headroom above this. An upper bound of the live
 *                  heap sampled inside cells at m = 120, within 1.4x of it for Hessian cells and
 *                  1.1x to 1.8x for the others (CellCostTest asserts 1.5x and 3x).
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
