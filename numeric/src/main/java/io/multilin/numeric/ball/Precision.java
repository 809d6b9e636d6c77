package io.multilin.numeric.ball;

import io.multilin.numeric.engine.Network;

/**
 * Noise floors. Every quantity measured here is a difference or a contraction computed in
 * double precision through dot products of length up to the largest width n, over L layers.
 * The rounding error of a length-n dot product grows like {@code sqrt(n) eps} times the size of
 * its terms (random-walk accumulation), and the errors of the L layers add up; the factor 64
 * is a safety margin on top of that model (the tests check that an identically zero residual
 * lands below it at widths up to 512).
 */
final class Precision {

    static final double EPS = Math.ulp(1.0);

    private Precision() {
    }

    /**
     * Relative rounding level of one forward-type evaluation of the network:
     * {@code 64 eps sqrt(n_max) L}.
     */
    static double relative(Network network) {
        int max = 1;
        for (int i = 0; i <= network.depth(); i++) {
            max = Math.max(max, network.width(i));
        }
        return 64 * EPS * Math.sqrt(max) * network.depth();
    }

    /**
     * Floor of a second-derivative quantity (Hessian norm, block singular value) at a point:
     * {@code 16 eps sqrt(n_max) L ||grad f||}, about 3e3 eps ||grad f|| at n = 1024, L = 6. A
     * Hessian-vector product is assembled from the backward covectors g_l and activations a_l
     * (the very factors of the gradient {@code alpha_l g_l a_{l-1}^T}) and their tangents along
     * a unit vector, so its terms are of the size of the gradient norm and its rounding error is
     * the dot-product model above times that norm; 16 covers the three passes of an HVP and the
     * Lanczos recurrence. These quantities are never the result of a cancellation of O(1)
     * values, so the floor is far smaller than that of a residual.
     */
    static double secondOrder(Network network, double gradientNorm) {
        return relative(network) / 4 * Math.max(gradientNorm, Double.MIN_NORMAL);
    }
}
