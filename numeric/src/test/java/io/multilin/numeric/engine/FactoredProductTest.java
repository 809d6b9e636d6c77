package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The factored Hessian product on every pair of (input layers, output layers) against the dense
 * HVP of the same direction: a linear network skips the passes that carry only zeros (the
 * forward tangent above the output layers, {@code W^T gDot} above the input layers), a
 * nonlinear one runs them all; both must give the dense product's blocks.
 */
class FactoredProductTest {

    @ParameterizedTest
    @CsvSource({"'3, m, m, 2, m, m, 1', linear", "'3, m, m, 2, m, m, 1', tanh", "'2, m, m, m, 2', linear",
            "'2, m, 2, m, 1', 'poly(0.1, 1, 0.5)'"})
    void everyInputAndOutputSetGivesTheDenseProduct(String widths, String activation) {
        Network net = Nets.of(widths, activation, "linear", "ntk", 5);
        ParameterLayout layout = net.layout();
        int depth = net.depth();
        double[] w = Initialization.weights(net, 41);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 41, 1)[0]);
        Random random = new Random(7);
        for (int in = 1; in < 1 << depth; in++) {
            for (int out = 1; out < 1 << depth; out++) {
                double[][] p = new double[depth + 1][];
                double[][] q = new double[depth + 1][];
                double[] dense = new double[layout.total()];
                for (int l = 1; l <= depth; l++) {
                    if ((in >> (l - 1) & 1) == 0) {
                        continue;
                    }
                    p[l] = gaussian(random, layout.rows(l));
                    q[l] = gaussian(random, layout.columns(l));
                    addBlock(layout, l, p[l], d.activation(l - 1), dense);
                    addBlock(layout, l, d.adjoint(l), q[l], dense);
                }
                double[] hv = new double[layout.total()];
                d.hessianTimes(dense, hv);
                double[][] outP = new double[depth + 1][];
                double[][] outQ = new double[depth + 1][];
                for (int l = 1; l <= depth; l++) {
                    if ((out >> (l - 1) & 1) != 0) {
                        outP[l] = new double[layout.rows(l)];
                        outQ[l] = new double[layout.columns(l)];
                    }
                }
                d.factoredHessianTimes(p, q, outP, outQ);
                double scale = Vectors.norm(hv);
                for (int l = 1; l <= depth; l++) {
                    if (outP[l] == null) {
                        continue;
                    }
                    double[] block = new double[layout.total()];
                    addBlock(layout, l, outP[l], d.activation(l - 1), block);
                    addBlock(layout, l, d.adjoint(l), outQ[l], block);
                    double error = 0;
                    for (int k = layout.offset(l); k < layout.offset(l) + layout.size(l); k++) {
                        error = Math.max(error, Math.abs(block[k] - hv[k]));
                    }
                    assertTrue(error <= 1e-13 * scale, activation + " in " + Integer.toBinaryString(in) + " out "
                            + Integer.toBinaryString(out) + " layer " + l + ": error " + error + " of " + scale);
                }
            }
        }
    }

    private static double[] gaussian(Random random, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = random.nextGaussian();
        }
        return v;
    }

    /** {@code full_l += left right^T}. */
    private static void addBlock(ParameterLayout layout, int l, double[] left, double[] right, double[] full) {
        for (int i = 0; i < layout.rows(l); i++) {
            for (int j = 0; j < layout.columns(l); j++) {
                full[layout.offset(l) + i * layout.columns(l) + j] += left[i] * right[j];
            }
        }
    }
}
