package io.multilin.numeric.engine;

import java.util.Arrays;
import java.util.function.IntToDoubleFunction;

/**
 * The Hessian-vector product of {@link RangeCoordinates}' factored directions, on the tangent
 * workspace of a {@link Derivatives} (its primal vectors and tangent buffers): the operator
 * behind every range-coordinate Lanczos run. Kept apart from Derivatives, which holds the
 * primal passes, the dense product and the tangent steps both products share.
 */
final class FactoredProduct {

    private FactoredProduct() {
    }

    /**
     * The HVP of a direction V in the space that holds the range of H: layer l's block is
     * {@code V_l = p_l a_{l-1}^T + g_l q_l^T} ({@code inP[l] == null}: {@code V_l = 0}). The
     * result's block of layer l has the same form; for each layer with {@code outP[l] != null}
     * it is written as {@code outP[l] = alpha_l gDot_l}, {@code outQ[l] = alpha_l aDot_{l-1}}.
     * The W_l matvecs are those of {@link Derivatives#hessianTimes}; V enters only through
     * {@code V_l a_{l-1} = p_l |a_{l-1}|^2 + g_l (q_l . a_{l-1})} and
     * {@code V_l^T g_l = a_{l-1} (p_l . g_l) + q_l |g_l|^2}, so no weight-sized array is touched
     * but W. The out buffers may be the in buffers (the product then overwrites its input).
     *
     * <p>For a linear network ({@code sigma'' = 0}) two sets of W matvecs are skipped, since
     * they only ever carry exact zeros: the forward tangent at and above the highest output
     * layer (read only through {@code sigma''(z_L) zDot_L} there), and {@code W_l^T gDot_l}
     * at and above the highest input layer ({@code gDot_l = 0}: nothing above l moves). The
     * result equals the full passes' up to the sign of exact zeros; a block of the low layers
     * of [8, m, m, 2, m, m, 1] then costs two m x m matvecs per product instead of four.
     */
    static void times(Derivatives d, double[][] inP, double[][] inQ, double[][] outP, double[][] outQ) {
        int depth = d.network().depth();
        int lowestOut = Integer.MAX_VALUE;
        int highestOut = 0;
        int highestIn = 0;
        for (int l = depth; l >= 1; l--) {
            if (outP[l] != null) {
                lowestOut = l;
                highestOut = Math.max(highestOut, l);
            }
            if (inP[l] != null) {
                highestIn = Math.max(highestIn, l);
            }
        }
        if (lowestOut == Integer.MAX_VALUE) {
            return;
        }
        forwardTangent(d, inP, inQ, d.curvatureFree() ? highestOut - 1 : depth);
        Arrays.fill(d.gDot(depth), 0);
        d.gDot(depth)[0] = d.curvature(depth)[0] * d.zDot(depth)[0];
        for (int l = depth; l >= lowestOut; l--) {
            if (l > lowestOut) {
                // bDot_l = W_l^T gDot_l + V_l^T g_l (alpha_l is applied in adjointTangentBelow)
                if (d.curvatureFree() && l >= highestIn) {
                    Arrays.fill(d.bDot(l), 0);
                } else {
                    d.weightsTransposeTimes(l, d.gDot(l), d.bDot(l));
                }
                if (inP[l] != null) {
                    double[] gl = d.adjoint(l);
                    Vectors.axpy(Vectors.dot(inP[l], gl), d.activation(l - 1), d.bDot(l));
                    Vectors.axpy(Vectors.dot(gl, gl), inQ[l], d.bDot(l));
                }
            }
            // written after the last read of inP[l], inQ[l]: in and out may be the same buffers
            double alpha = d.network().multiplier(l);
            if (outP[l] != null) {
                double[] gDot = d.gDot(l);
                for (int i = 0; i < outP[l].length; i++) {
                    outP[l][i] = alpha * gDot[i];
                }
                double[] aDot = d.aDot(l - 1);
                for (int j = 0; j < outQ[l].length; j++) {
                    outQ[l][j] = alpha * aDot[j];
                }
            }
            if (l > lowestOut) {
                d.adjointTangentBelow(l);
            }
        }
    }

    /** The forward tangent of layers 1..top; the layers above hold zeros (not read, see above). */
    private static void forwardTangent(Derivatives d, double[][] inP, double[][] inQ, int top) {
        boolean moving = false;
        for (int l = 1; l <= d.network().depth(); l++) {
            if (l > top) {
                Arrays.fill(d.zDot(l), 0);
                Arrays.fill(d.aDot(l), 0);
                continue;
            }
            double[] p = inP[l];
            IntToDoubleFunction direct = i -> 0;
            if (p != null) {
                // V_l a_{l-1} = p |a_{l-1}|^2 + g_l (q . a_{l-1})
                double[] a = d.activation(l - 1);
                double aa = Vectors.dot(a, a);
                double qa = Vectors.dot(inQ[l], a);
                double[] gl = d.adjoint(l);
                direct = i -> p[i] * aa + gl[i] * qa;
            }
            moving = d.layerTangent(l, moving, p != null, direct, false);
        }
    }
}
