package io.multilin.check.crosscheck;

import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.SplittableRandom;

/**
 * Initial weights drawn as nested blocks: the standard-Gaussian entry (l, i, j) is one number
 * per seed whatever m is, and the network at width m takes the top-left block scaled by its
 * init standard deviation. Each block is still i.i.d. Gaussian, so exponents are unchanged,
 * but widths share their randomness (common random numbers): a factor that does not depend on
 * m, such as a product through width-2 and width-3 layers, is then the same number at every
 * width instead of an order-one fluctuation that swamps the slope. Numeric's own
 * Initialization draws a fresh stream per m, which is right for sweeps and noisy for fits of
 * a handful of seeds.
 */
final class NestedWeights {

    private final double[][][] gaussians;

    /** Draws every layer at its largest size, {@code widths} the concrete n_0..n_L at the largest m. */
    NestedWeights(int[] largest, long seed) {
        gaussians = new double[largest.length][][];
        for (int l = 1; l < largest.length; l++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003L + l);
            gaussians[l] = new double[largest[l]][largest[l - 1]];
            for (double[] row : gaussians[l]) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = random.nextGaussian();
                }
            }
        }
    }

    /** The weights of {@code network} (whose widths must not exceed the largest ones). */
    double[] weights(Network network) {
        ParameterLayout layout = network.layout();
        double[] w = new double[layout.total()];
        for (int l = 1; l <= network.depth(); l++) {
            double std = network.initStd(l);
            int off = layout.offset(l);
            int cols = layout.columns(l);
            for (int i = 0; i < layout.rows(l); i++) {
                for (int j = 0; j < cols; j++) {
                    w[off + i * cols + j] = std * gaussians[l][i][j];
                }
            }
        }
        return w;
    }
}
