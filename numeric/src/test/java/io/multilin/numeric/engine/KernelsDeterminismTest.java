package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kernels give bit-identical results for 1, 2 and 3 threads, on a network whose middle
 * layer (601 x 601) is split into several row chunks and column chunks, with widths that are
 * not multiples of the four-way unrolling.
 */
class KernelsDeterminismTest {

    private static final int[] THREADS = {1, 2, 3};
    private static Kernels[] kernels;
    private static Network net;
    private static double[] w;
    private static double[] x;
    private static double[] u;

    @BeforeAll
    static void setUp() {
        kernels = new Kernels[THREADS.length];
        for (int k = 0; k < THREADS.length; k++) {
            kernels[k] = Kernels.withThreads(THREADS[k]);
        }
        net = Nets.of("5, m, m, 1", "tanh", "sigmoid", "ntk", 601);
        w = Initialization.weights(net, 3);
        x = Initialization.inputs(net, 3, 1)[0];
        u = Initialization.unitDirection(net, 3, 0);
        assertTrue(kernels[1].splits(net.layout().size(2)), "the middle layer must be split for this test to mean anything");
    }

    @AfterAll
    static void tearDown() {
        for (Kernels k : kernels) {
            k.close();
        }
    }

    @Test
    void forwardAndForwardAlongALineAreIdenticalForAnyThreadCount() {
        double f = new ForwardPass(net).evaluate(w, x);
        double along = new ForwardPass(net).evaluateAlong(w, u, 0.3, x);
        for (Kernels k : kernels) {
            ForwardPass forward = new ForwardPass(net, k);
            assertEquals(f, forward.evaluate(w, x), 0.0, k.toString());
            assertEquals(along, forward.evaluateAlong(w, u, 0.3, x), 0.0, k.toString());
        }
        assertTrue(along != f, "the line must move the output");
    }

    @Test
    void taylorCoefficientsAreIdenticalForAnyThreadCount() {
        double[] c = new TaylorMode(net, 4).coefficients(w, u, x);
        for (Kernels k : kernels) {
            assertArrayEquals(c, new TaylorMode(net, 4, k).coefficients(w, u, x), 0.0, k.toString());
        }
        // order 3: one SIMD pass for orders 0..3 (K = 4: 0..4), so c_0..c_3 must still agree
        double[] c3 = new TaylorMode(net, 3).coefficients(w, u, x);
        assertArrayEquals(c3, new TaylorMode(net, 3, kernels[2]).coefficients(w, u, x), 0.0);
        assertArrayEquals(java.util.Arrays.copyOf(c, 4), c3, 0.0, "lower orders do not depend on K");
        // orders 1, 2, 5, 6, 7: every grouping of the SIMD passes (0..1, 0..2, 0..4, then by three or one)
        for (int order : new int[] {1, 2, 5, 6, 7}) {
            double[] ck = new TaylorMode(net, order).coefficients(w, u, x);
            assertArrayEquals(ck, new TaylorMode(net, order, kernels[1]).coefficients(w, u, x), 0.0);
            assertArrayEquals(java.util.Arrays.copyOf(c, Math.min(5, order + 1)),
                    java.util.Arrays.copyOf(ck, Math.min(5, order + 1)), 0.0, "order " + order);
        }
    }

    @Test
    void hessianVectorProductsAreIdenticalForAnyThreadCount() {
        double[] expected = new double[w.length];
        Derivatives reference = new Derivatives(net, w, x);
        reference.hessianTimes(u, expected);
        double[] gradient = new double[w.length];
        reference.gradient(gradient);
        for (Kernels k : kernels) {
            Derivatives d = new Derivatives(net, w, x, k);
            assertEquals(reference.value(), d.value(), 0.0);
            double[] g = new double[w.length];
            d.gradient(g);
            assertArrayEquals(gradient, g, 0.0);
            double[] hv = new double[w.length];
            d.hessianTimes(u, hv);
            assertArrayEquals(expected, hv, 0.0, k.toString());
        }
    }

    @Test
    void slicedAccumulatingProductsAreIdenticalForAnyThreadCount() {
        ParameterLayout layout = net.layout();
        // v on layers 2 and 3 only (packed from 0), result on layers 1 and 2 with beta = 0.5
        int[] in = {-1, -1, 0, layout.size(2)};
        int[] outOffsets = {-1, 0, layout.size(1), -1};
        double[] v = java.util.Arrays.copyOfRange(u, layout.offset(2), layout.total());
        double[] start = java.util.Arrays.copyOf(u, layout.size(1) + layout.size(2));
        double[] expected = start.clone();
        new Derivatives(net, w, x).hessianTimes(v, in, expected, outOffsets, 0.5);
        for (Kernels k : kernels) {
            double[] out = start.clone();
            new Derivatives(net, w, x, k).hessianTimes(v, in, out, outOffsets, 0.5);
            assertArrayEquals(expected, out, 0.0, k.toString());
        }
    }

    @Test
    void lanczosHessianNormAndBlockNormAreIdenticalForAnyThreadCount() {
        LanczosNorm.Options options = new LanczosNorm.Options(7, 12, 1e-300, true);
        LanczosNorm.Result expected = HessianNorms.hessian(new Derivatives(net, w, x), options);
        HessianNorms.BlockNorm block = HessianNorms.block(new Derivatives(net, w, x), Set.of(2), Set.of(3), options);
        for (Kernels k : kernels) {
            Derivatives d = new Derivatives(net, w, x, k);
            LanczosNorm.Result r = HessianNorms.hessian(d, options);
            assertEquals(expected.eigenvalue(), r.eigenvalue(), 0.0, k.toString());
            assertArrayEquals(expected.vector(), r.vector(), 0.0);
            HessianNorms.BlockNorm b = HessianNorms.block(d, List.of(2), List.of(3), options);
            assertEquals(block.singularValue(), b.singularValue(), 0.0);
            assertArrayEquals(block.right(), b.right(), 0.0);
        }
    }
}
