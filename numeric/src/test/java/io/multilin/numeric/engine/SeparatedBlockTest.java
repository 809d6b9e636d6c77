package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A block whose sides a narrow layer separates, from the Grams of its factors through that
 * layer, against the dense Hessian's singular value (Commons Math SVD) and against Lanczos on
 * the augmented operator with dense vectors: linear and nonlinear networks, several blocks
 * (sides swapped, subsets of layers, the narrowest of two separating layers), at the
 * initialization and at perturbed weights (a ball point).
 */
class SeparatedBlockTest {

    private static final LanczosNorm.Options TIGHT = new LanczosNorm.Options(5, 300, 1e-13, true);

    @ParameterizedTest
    @CsvSource({
            "'3, m, m, 2, m, m, 1', linear, '1,2,3', '4,5,6'",
            "'3, m, m, 2, m, m, 1', linear, '4,5,6', '1,2,3'",
            "'3, m, m, 2, m, m, 1', linear, '1,3', '5'",
            "'3, m, m, 2, m, m, 1', linear, '2', '4,6'",
            "'3, m, m, 2, m, m, 1', tanh, '1,2,3', '4,5,6'",
            "'3, m, m, 2, m, m, 1', tanh, '6', '1,2'",
            "'3, m, m, 2, m, m, 1', 'poly(0.1, 1, 0.5)', '2,3', '4,5'",
            "'3, m, m, 2, m, m, 1', sigmoid, '1', '6'",
            "'2, m, 3, m, 2, m, 1', linear, '1,2', '5,6'",
            "'2, m, 3, m, 2, m, 1', softplus, '1,2', '5,6'",
            "'2, m, 3, m, 2, m, 1', tanh, '2', '3,4'"})
    void normEqualsTheDenseSingularValueAndLanczos(String widths, String activation, String rows, String columns) {
        Network net = Nets.of(widths, activation, "linear", "ntk", 5);
        List<Integer> a = RangeHessianTest.parse(rows);
        List<Integer> b = RangeHessianTest.parse(columns);
        assertTrue(SeparatedBlock.bottleneck(widthsOf(net), a, b) > 0, "the case separates");
        for (long seed = 1; seed <= 3; seed++) {
            double[] w = Initialization.weights(net, seed);
            if (seed == 3) {
                // a ball point: w0 plus a random direction of norm 1
                double[] u = Initialization.unitDirection(net, seed, 0);
                Vectors.axpy(1.0, u, w);
            }
            Derivatives d = new Derivatives(net, w, Initialization.inputs(net, seed, 1)[0]);
            double[][] h = LanczosNormTest.denseHessian(d, net.layout().total());
            double exact = new SingularValueDecomposition(LanczosNormTest.denseBlock(h, net.layout(), a, b)).getNorm();
            HessianNorms.BlockRows separated = HessianNorms.blockRows(d, a, b, TIGHT.withoutVector());
            HessianNorms.BlockNorm lanczos = DenseHessianNorms.block(d, a, b, TIGHT);
            String name = activation + " " + a + " x " + b + " seed " + seed;
            assertTrue(exact > 0, name + ": a vanishing block is a useless case");
            assertTrue(separated.converged(), name);
            assertEquals(0, separated.iterations(), name + " took the Lanczos path");
            assertNull(separated.left(), name);
            assertEquals(exact, separated.singularValue(), 1e-10 * exact, name + " vs dense SVD");
            assertEquals(lanczos.singularValue(), separated.singularValue(), 1e-10 * exact, name + " vs Lanczos");
            // the range-coordinate Lanczos (asked for a vector) agrees too
            HessianNorms.BlockRows range = HessianNorms.blockRows(d, a, b, TIGHT);
            assertTrue(range.iterations() > 0, name);
            assertEquals(range.singularValue(), separated.singularValue(), 1e-10 * exact, name + " vs range Lanczos");
        }
    }

    @Test
    void bottleneckIsTheNarrowestSeparatingLayerWithinTheRank() {
        int[] widths = {8, 100, 100, 2, 100, 3, 100, 1};
        assertEquals(3, SeparatedBlock.bottleneck(widths, List.of(1, 2, 3), List.of(4, 5, 6)));
        assertEquals(3, SeparatedBlock.bottleneck(widths, List.of(7), List.of(1, 2)));
        assertEquals(5, SeparatedBlock.bottleneck(widths, List.of(4, 5), List.of(6)));
        assertEquals(3, SeparatedBlock.bottleneck(widths, List.of(1), List.of(7)));
        assertEquals(-1, SeparatedBlock.bottleneck(widths, List.of(1), List.of(2)), "n_1 = 100 > MAX_RANK");
        assertEquals(-1, SeparatedBlock.bottleneck(widths, List.of(1, 5), List.of(4)), "interleaved sides");
        assertEquals(-1, SeparatedBlock.bottleneck(widths, List.of(3, 4), List.of(3, 4)), "the same layers");
    }

    @Test
    void gramProductEigenvalueIsTheSquaredSingularValue() {
        // P Q^T for random 7 x 3 and 5 x 3 factors against the SVD of the product
        Random random = new Random(3);
        double[][] p = new double[7][3];
        double[][] q = new double[5][3];
        for (double[][] f : new double[][][] {p, q}) {
            for (double[] row : f) {
                for (int j = 0; j < 3; j++) {
                    row[j] = random.nextGaussian();
                }
            }
        }
        org.apache.commons.math3.linear.RealMatrix pm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(p);
        org.apache.commons.math3.linear.RealMatrix qm = new org.apache.commons.math3.linear.Array2DRowRealMatrix(q);
        double exact = new SingularValueDecomposition(pm.multiply(qm.transpose())).getNorm();
        double gram = SeparatedBlock.largestOfProduct(pm.transpose().multiply(pm).getData(),
                qm.transpose().multiply(qm).getData());
        assertEquals(exact * exact, gram, 1e-12 * exact * exact);
    }

    private static int[] widthsOf(Network net) {
        int[] n = new int[net.depth() + 1];
        for (int l = 0; l <= net.depth(); l++) {
            n[l] = net.width(l);
        }
        return n;
    }
}
