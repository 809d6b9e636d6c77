package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanczosNormTest {

    /** The dense Hessian, column by column from HVPs. */
    static double[][] denseHessian(Derivatives d, int p) {
        assertEquals(p, d.network().layout().total());
        return DenseHessian.of(d);
    }

    @ParameterizedTest
    @CsvSource({"tanh, linear", "linear, linear", "tanh, sigmoid"})
    void hessianNormEqualsDenseLargestEigenvalue(String activation, String output) {
        Network net = Nets.of("3, m, m, m, 1", activation, output, "ntk", 6);
        double[] w = Initialization.weights(net, 11);
        double[] x = Initialization.inputs(net, 11, 1)[0];
        Derivatives d = new Derivatives(net, w, x);
        int p = w.length;
        double[][] h = denseHessian(d, p);
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < i; j++) {
                assertEquals(h[i][j], h[j][i], 1e-13, "HVP columns must form a symmetric matrix");
            }
        }
        double[] eigenvalues = new EigenDecomposition(new Array2DRowRealMatrix(h)).getRealEigenvalues();
        double dense = 0;
        for (double ev : eigenvalues) {
            dense = Math.max(dense, Math.abs(ev));
        }
        LanczosNorm.Result r = HessianNorms.hessian(d, LanczosNorm.Options.defaults(5));
        assertTrue(r.converged());
        assertTrue(Nets.relativeError(dense, r.magnitude()) < 1e-8,
                "Lanczos " + r.magnitude() + " vs dense " + dense);
        // The Ritz vector is an eigenvector: ||H v - theta v|| small.
        double[] hv = new double[p];
        d.hessianTimes(r.vector(), hv);
        Vectors.axpy(-r.eigenvalue(), r.vector(), hv);
        assertTrue(Vectors.norm(hv) < 1e-6 * dense, "Ritz residual " + Vectors.norm(hv));
    }

    @ParameterizedTest
    @CsvSource({"tanh, 3", "tanh, 10", "linear, 5"})
    void aRunCappedBeforeConvergenceSaysSoAndStaysBelowTheNorm(String activation, int iterations) {
        Network net = Nets.of("3, m, m, m, 1", activation, "linear", "ntk", 8);
        double[] w = Initialization.weights(net, 21);
        Derivatives d = new Derivatives(net, w, Initialization.inputs(net, 21, 1)[0]);
        double dense = DenseHessian.norm(d);
        LanczosNorm.Result capped = HessianNorms.hessian(d, new LanczosNorm.Options(4, iterations, 1e-10, false));
        assertEquals(iterations, capped.iterations());
        assertTrue(!capped.converged() && capped.residual() > 1e-10 * capped.magnitude(), capped.toString());
        // A Ritz value lies in the spectrum: a lower bound of the norm, never above it.
        assertTrue(capped.magnitude() <= dense * (1 + 1e-12), capped.magnitude() + " vs dense " + dense);
        LanczosNorm.Result more = HessianNorms.hessian(d, new LanczosNorm.Options(4, 300, 1e-10, false));
        assertTrue(more.converged() && more.iterations() > iterations, more.toString());
        assertTrue(Nets.relativeError(dense, more.magnitude()) < 1e-9, more.magnitude() + " vs dense " + dense);
    }

    @ParameterizedTest
    @CsvSource({"tanh, '1', '2'", "tanh, '1,2', '3,4'", "linear, '2', '4'", "tanh, '2,3', '2,3'",
            "linear, '1,3', '1,3'", "tanh, '1,2', '2,3'"})
    void blockSingularValueEqualsDenseBlock(String activation, String rows, String columns) {
        Network net = Nets.of("3, m, m, m, 2", activation, "linear", "ntk", 5);
        double[] w = Initialization.weights(net, 12);
        double[] x = Initialization.inputs(net, 12, 1)[0];
        Derivatives d = new Derivatives(net, w, x);
        ParameterLayout layout = net.layout();
        double[][] h = denseHessian(d, w.length);
        List<Integer> a = parse(rows);
        List<Integer> b = parse(columns);
        double dense = new SingularValueDecomposition(denseBlock(h, layout, a, b)).getNorm();
        HessianNorms.BlockNorm r = HessianNorms.block(d, a, b, LanczosNorm.Options.defaults(3));
        assertTrue(r.converged());
        assertTrue(Nets.relativeError(dense, r.singularValue()) < 1e-8,
                "block " + a + "x" + b + ": Lanczos " + r.singularValue() + " vs dense " + dense);
        // left . H right attains the singular value, and the vectors live on their layers.
        double[] hr = new double[w.length];
        d.hessianTimes(r.right(), hr);
        assertEquals(r.singularValue(), Vectors.dot(r.left(), hr), 1e-8 * dense);
        for (int l = 1; l <= net.depth(); l++) {
            if (!a.contains(l)) {
                assertEquals(0.0, layout.layerNorm(r.left(), l), 0.0);
            }
            if (!b.contains(l)) {
                assertEquals(0.0, layout.layerNorm(r.right(), l), 0.0);
            }
        }
    }

    static RealMatrix denseBlock(double[][] h, ParameterLayout layout, List<Integer> a, List<Integer> b) {
        return DenseHessian.block(h, layout, a, b);
    }

    private static List<Integer> parse(String layers) {
        return java.util.Arrays.stream(layers.split(",")).map(String::trim).map(Integer::parseInt).toList();
    }
}
