package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lanczos in range coordinates against Lanczos on dense vectors and against the dense Hessian
 * (columns from HVPs, Commons Math eigen- and singular value decompositions).
 */
class RangeHessianTest {

    private static final double CLOSE = 1e-10;
    /** Tighter than the defaults: the comparison is at 1e-10 relative. */
    private static final LanczosNorm.Options TIGHT = new LanczosNorm.Options(5, 300, 1e-13, true);

    @ParameterizedTest
    @CsvSource({
            "'3, m, m, m, 1', tanh, linear, ntk",
            "'3, m, m, m, 1', sigmoid, linear, standard",
            "'3, m, m, m, 1', softplus, linear, mean-field",
            "'3, m, m, m, 1', 'poly(0.1, 1, 0.5)', linear, ntk",
            "'3, m, m, m, 1', linear, linear, standard",
            "'3, m, m, m, 1', tanh, tanh, mean-field",
            "'3, m, 2, m, 1', tanh, linear, ntk",
            "'2, m, m, 3', softplus, sigmoid, standard"})
    void normEqualsDenseLanczosAndDenseEigenvalue(String widths, String activation, String output,
                                                  String parameterization) {
        Network net = Nets.of(widths, activation, output, parameterization, 6);
        double[] w = Initialization.weights(net, 21);
        double[] x = Initialization.inputs(net, 21, 1)[0];
        assertHessianMatchesDense(net, new Derivatives(net, w, x));
    }

    @ParameterizedTest
    @CsvSource({
            // sigma'(0) = 0 at zero weights below the output layer: g_l = 0 there
            "'poly(1, 0, 1)', linear, 3",
            "'poly(1, 0, 1)', tanh, 2",
            // sigma(0) = 0 at zero first-layer weights: a_1 = 0
            "'poly(0, 1, 1)', linear, 1"})
    void degenerateLayersWithZeroAdjointOrActivation(String activation, String output, int zeroUpTo) {
        Network net = Nets.of("3, m, m, m, 1", activation, output, "ntk", 5);
        double[] w = Initialization.weights(net, 22);
        Arrays.fill(w, 0, net.layout().offset(zeroUpTo) + net.layout().size(zeroUpTo), 0);
        double[] x = Initialization.inputs(net, 22, 1)[0];
        Derivatives d = new Derivatives(net, w, x);
        assertHessianMatchesDense(net, d);
    }

    @Test
    void zeroOutputWeightsLeaveOnlyTheMixedBlocksOfTheLastLayer() {
        Network net = Nets.of("3, m, m, m, 1", "tanh", "linear", "ntk", 5);
        double[] w = Initialization.weights(net, 23);
        int last = net.layout().offset(net.depth());
        Arrays.fill(w, last, w.length, 0);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 23, 1)[0]);
        for (int l = 1; l < net.depth(); l++) {
            assertEquals(0.0, Vectors.norm(d.adjoint(l)), 0.0);
        }
        assertHessianMatchesDense(net, d);
        assertBlockMatchesDense(net, d, List.of(1, 2), List.of(4));
    }

    @Test
    void zeroHessianGivesZeroAndTheDenseStartDirection() {
        Network net = Nets.of("3, m, 1", "linear", "linear", "ntk", 4);
        double[] w = Initialization.weights(net, 24);
        Arrays.fill(w, 0);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 24, 1)[0]);
        // f = alpha_2 W_2 alpha_1 W_1 x: only the (1, 2) block is nonzero, and only the layer-1
        // block of its range; the diagonal blocks vanish.
        HessianNorms.BlockNorm diagonal = HessianNorms.block(d, List.of(2), List.of(2), TIGHT);
        HessianNorms.BlockNorm dense = DenseHessianNorms.block(d, List.of(2), List.of(2), TIGHT);
        assertEquals(0.0, diagonal.singularValue(), 0.0);
        assertTrue(diagonal.converged());
        assertArrayEquals(dense.right(), diagonal.right(), 1e-14);
        assertHessianMatchesDense(net, d);
    }

    @Test
    void nonFiniteWeightsFailLoudlyOnBothPaths() {
        Network net = Nets.of("3, m, m, 1", "tanh", "linear", "ntk", 4);
        double[] w = Initialization.weights(net, 27);
        w[net.layout().offset(2)] = Double.NaN;
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 27, 1)[0]);
        assertThrows(ArithmeticException.class, () -> HessianNorms.hessian(d, TIGHT));
        assertThrows(ArithmeticException.class, () -> DenseHessianNorms.hessian(d, TIGHT));
        assertThrows(ArithmeticException.class, () -> HessianNorms.block(d, List.of(1), List.of(3), TIGHT));
    }

    @ParameterizedTest
    @CsvSource({"tanh, '1', '2'", "tanh, '2,3', '2,3'", "tanh, '1,2', '2,3'", "linear, '1,3', '4'",
            "softplus, '3', '3'", "sigmoid, '1', '3,4'"})
    void blockNormEqualsDenseLanczosAndDenseSingularValue(String activation, String rows, String columns) {
        Network net = Nets.of("3, m, m, m, 2", activation, "linear", "standard", 5);
        double[] w = Initialization.weights(net, 25);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 25, 1)[0]);
        assertBlockMatchesDense(net, d, parse(rows), parse(columns));
    }

    @ParameterizedTest
    @CsvSource({"tanh, 3", "'poly(0.1, 1, 0.5)', 5", "sigmoid, 8"})
    void sameKrylovSpaceAsTheDenseRunBeforeConvergence(String activation, int iterations) {
        // Same start (projected), same Krylov space: the unconverged Ritz pair agrees too.
        Network net = Nets.of("3, m, m, m, 1", activation, "linear", "ntk", 7);
        double[] w = Initialization.weights(net, 26);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 26, 1)[0]);
        LanczosNorm.Options few = new LanczosNorm.Options(9, iterations, 1e-300, true);
        LanczosNorm.Result range = HessianNorms.hessian(d, few);
        LanczosNorm.Result dense = DenseHessianNorms.hessian(d, few);
        assertEquals(dense.iterations(), range.iterations());
        assertEquals(dense.eigenvalue(), range.eigenvalue(), 1e-12 * Math.abs(dense.eigenvalue()));
        assertEquals(dense.residual(), range.residual(), 1e-9 * Math.abs(dense.eigenvalue()));
        assertArrayEquals(dense.vector(), range.vector(), 1e-10);
        HessianNorms.BlockNorm block = HessianNorms.block(d, List.of(1), List.of(3), few);
        HessianNorms.BlockNorm denseBlock = DenseHessianNorms.block(d, List.of(1), List.of(3), few);
        assertEquals(denseBlock.singularValue(), block.singularValue(), 1e-12 * denseBlock.singularValue());
        assertArrayEquals(denseBlock.left(), block.left(), 1e-10);
        assertArrayEquals(denseBlock.right(), block.right(), 1e-10);
    }

    private static void assertHessianMatchesDense(Network net, Derivatives d) {
        int p = net.layout().total();
        double[][] h = LanczosNormTest.denseHessian(d, p);
        double exact = 0;
        for (double ev : new EigenDecomposition(new Array2DRowRealMatrix(h)).getRealEigenvalues()) {
            exact = Math.max(exact, Math.abs(ev));
        }
        assertTrue(exact > 0, "the Hessian vanishes: a useless case");
        LanczosNorm.Result range = HessianNorms.hessian(d, TIGHT);
        LanczosNorm.Result dense = DenseHessianNorms.hessian(d, TIGHT);
        assertTrue(range.converged(), "range-coordinate Lanczos did not converge");
        double scale = Math.max(exact, Double.MIN_NORMAL);
        assertEquals(exact, range.magnitude(), CLOSE * scale, "range Lanczos vs dense eigenvalues");
        // (the sign of a tie, a spectrum symmetric about 0, is not compared)
        assertEquals(dense.magnitude(), range.magnitude(), CLOSE * scale, "range vs dense-vector Lanczos");
        assertEquals(1.0, Vectors.norm(range.vector()), 1e-12);
        double[] hv = new double[p];
        d.hessianTimes(range.vector(), hv);
        Vectors.axpy(-range.eigenvalue(), range.vector(), hv);
        assertTrue(Vectors.norm(hv) < 1e-8 * exact, "Ritz residual " + Vectors.norm(hv) / exact);
    }

    private static void assertBlockMatchesDense(Network net, Derivatives d, List<Integer> a, List<Integer> b) {
        ParameterLayout layout = net.layout();
        double[][] h = LanczosNormTest.denseHessian(d, layout.total());
        double exact = new SingularValueDecomposition(LanczosNormTest.denseBlock(h, layout, a, b)).getNorm();
        HessianNorms.BlockNorm range = HessianNorms.block(d, a, b, TIGHT);
        HessianNorms.BlockNorm dense = DenseHessianNorms.block(d, a, b, TIGHT);
        String name = "block " + a + " x " + b;
        assertTrue(range.converged(), name + " did not converge");
        assertTrue(exact > 0, name + " vanishes: a useless case");
        assertEquals(exact, range.singularValue(), CLOSE * exact, name + " vs dense SVD");
        assertEquals(dense.singularValue(), range.singularValue(), CLOSE * exact, name + " vs dense Lanczos");
        double[] hr = new double[layout.total()];
        d.hessianTimes(range.right(), hr);
        assertEquals(range.singularValue(), Vectors.dot(range.left(), hr), 1e-9 * exact, name + ": left.H.right");
        for (int l = 1; l <= net.depth(); l++) {
            if (!a.contains(l)) {
                assertEquals(0.0, layout.layerNorm(range.left(), l), 0.0);
            }
            if (!b.contains(l)) {
                assertEquals(0.0, layout.layerNorm(range.right(), l), 0.0);
            }
        }
    }

    static List<Integer> parse(String layers) {
        return Arrays.stream(layers.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }

    static TreeSet<Integer> allLayers(Network net) {
        return IntStream.rangeClosed(1, net.depth()).boxed().collect(Collectors.toCollection(TreeSet::new));
    }
}
