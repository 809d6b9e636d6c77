package io.multilin.numeric.ball;

/**
 * The estimated cost of one ball cell (one width, one seed) of a quantity, known before the
 * cell runs, so that a caller can decide whether it can afford a larger width.
 *
 * @param peakBytes the estimated peak of the heap the cell holds live at once: the weight-sized
 *                  arrays alive together at the worst moment of the measurement (w0, the ball
 *                  point, probe directions, gradients, eigenvectors, ascent workspaces), counted
 *                  from the code, plus the width-sized workspaces. Live data only: the garbage
 *                  the cell leaves (one weight-sized array per probe direction) is the
 *                  collector's, and a heap needs headroom above this. Checked against the live
 *                  heap sampled inside cells (CellCostTest).
 * @param flops     the estimated floating-point operations of the cell, from a model that counts
 *                  passes over the weights (forward, backward, Hessian-vector products, Taylor
 *                  mode) with every Lanczos run at its iteration cap: an upper bound of the model,
 *                  proportional to run time up to a machine constant. Not a time; its use is the
 *                  ratio between two widths or two quantities.
 */
public record CellCost(long peakBytes, double flops) {

    public CellCost {
        if (peakBytes <= 0 || !(flops > 0) || Double.isInfinite(flops)) {
            throw new IllegalArgumentException("a cell costs some memory and some work, got " + peakBytes + " bytes and "
                    + flops + " flops");
        }
    }
}
