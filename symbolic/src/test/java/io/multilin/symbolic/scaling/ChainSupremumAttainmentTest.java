package io.multilin.symbolic.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.symbolic.exact.ConcreteNetwork;
import io.multilin.symbolic.exact.PerturbationExpansion;
import io.multilin.symbolic.exact.SparsePolynomial;
import io.multilin.symbolic.exact.WeightVariables;
import java.util.Random;
import java.util.Set;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;

/**
 * The chain rule behind every group exponent, checked on the exact expansion: for widths
 * [3,4,2,3,1] and S = {2,4}, the group is u^T D_4 W_3 D_2 W_1 x, whose sup over Frobenius-unit
 * D_2, D_4 is ||u|| ||W_3||_op ||W_1 x||, attained by rank-one D's on the top singular vectors.
 */
class ChainSupremumAttainmentTest {

    private static final int[] WIDTHS = {3, 4, 2, 3, 1};

    @Test
    void rankOnePerturbationsAttainTheProductOfNorms() {
        ConcreteNetwork network = ConcreteNetwork.linear(WIDTHS, new double[] {0.5, -1.2, 2.0});
        PerturbationExpansion expansion = PerturbationExpansion.of(network);
        WeightVariables vars = expansion.full().variables();
        SparsePolynomial group = expansion.group(Set.of(2, 4));
        Random random = new Random(7);
        double[] w0 = new double[vars.parameterCount()];
        for (int i = 0; i < w0.length; i++) {
            w0[i] = random.nextGaussian();
        }
        RealMatrix w1 = layer(vars, w0, 1);
        RealMatrix w3 = layer(vars, w0, 3);
        RealVector a0x = w1.operate(MatrixUtils.createRealVector(network.x()));
        SingularValueDecomposition svd = new SingularValueDecomposition(w3);
        double bound = svd.getSingularValues()[0] * a0x.getNorm();

        // D_2 = v (A_0 x)^T / |A_0 x| with v the top right singular vector of W_3; D_4 = u1^T.
        double[] delta = new double[vars.parameterCount()];
        RealVector v = svd.getV().getColumnVector(0);
        RealVector u1 = svd.getU().getColumnVector(0);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 4; j++) {
                delta[vars.w(2, i, j)] = v.getEntry(i) * a0x.getEntry(j) / a0x.getNorm();
            }
        }
        for (int j = 0; j < 3; j++) {
            delta[vars.w(4, 0, j)] = u1.getEntry(j);
        }
        assertEquals(bound, Math.abs(group.evaluate(vars.point(w0, delta))), 1e-12 * bound);

        for (int trial = 0; trial < 200; trial++) {
            double[] d = new double[vars.parameterCount()];
            normalizedGaussian(vars, d, 2, random);
            normalizedGaussian(vars, d, 4, random);
            assertTrue(Math.abs(group.evaluate(vars.point(w0, d))) <= bound * (1 + 1e-12));
        }
    }

    private static RealMatrix layer(WeightVariables vars, double[] w, int l) {
        int rows = WIDTHS[l];
        int columns = WIDTHS[l - 1];
        RealMatrix m = MatrixUtils.createRealMatrix(rows, columns);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                m.setEntry(i, j, w[vars.w(l, i, j)]);
            }
        }
        return m;
    }

    private static void normalizedGaussian(WeightVariables vars, double[] d, int l, Random random) {
        double norm = 0;
        for (int i = 0; i < WIDTHS[l]; i++) {
            for (int j = 0; j < WIDTHS[l - 1]; j++) {
                d[vars.w(l, i, j)] = random.nextGaussian();
                norm += d[vars.w(l, i, j)] * d[vars.w(l, i, j)];
            }
        }
        for (int i = 0; i < WIDTHS[l]; i++) {
            for (int j = 0; j < WIDTHS[l - 1]; j++) {
                d[vars.w(l, i, j)] /= Math.sqrt(norm);
            }
        }
    }
}
