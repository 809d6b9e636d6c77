package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The row and column kernels against the plain loops they replace (one {@link Vectors#dot} per
 * row, the row-by-row axpy of {@code W^T v}): equal bit for bit, split or not, and within
 * rounding of an independent pairwise-free reference (a single running sum). The Taylor-mode
 * series kernels are one fused chain per order instead: the same bits as {@link FusedDots} on
 * every path, within rounding of the old two dots.
 */
class RowKernelsTest {

    private static double[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextDouble(-1, 1);
        }
        return v;
    }

    @Test
    void rowProductsEqualOneDotPerRow() {
        int rows = 131;
        int cols = 1027;
        int off = 5;
        double[] w = random(off + rows * cols, 1);
        double[] u = random(off + rows * cols, 2);
        double[] x = random(cols, 3);
        double[] y = random(cols, 4);
        try (Kernels k = Kernels.withThreads(2)) {
            double[] out = new double[rows];
            double[] outB = new double[rows];
            RowKernels.times(k, w, off, rows, cols, x, out);
            double[] pairA = new double[rows];
            RowKernels.timesPair(k, w, off, x, u, off, y, rows, cols, pairA, outB);
            for (int i = 0; i < rows; i++) {
                double expected = Vectors.dot(w, off + i * cols, x, 0, cols);
                assertEquals(expected, out[i], 0.0);
                assertEquals(expected, pairA[i], 0.0);
                assertEquals(Vectors.dot(u, off + i * cols, y, 0, cols), outB[i], 0.0);
                double naive = 0;
                for (int j = 0; j < cols; j++) {
                    naive += w[off + i * cols + j] * x[j];
                }
                assertEquals(naive, out[i], 1e-12 * Math.sqrt(cols));
            }
        }
    }

    @Test
    void transposedProductEqualsTheRowByRowAxpy() {
        int rows = 23;
        int cols = 9001;
        double[] w = random(rows * cols + 3, 5);
        double[] v = random(rows, 6);
        v[10] = 0;
        double[] expected = new double[cols];
        for (int i = 0; i < rows; i++) {
            if (v[i] != 0) {
                Vectors.axpy(v[i], w, 3 + i * cols, expected, 0, cols);
            }
        }
        for (int threads = 1; threads <= 3; threads++) {
            try (Kernels k = Kernels.withThreads(threads)) {
                double[] out = random(cols, 7); // stale content must be overwritten
                RowKernels.transposeTimes(k, w, 3, rows, cols, v, out);
                assertArrayEquals(expected, out, 0.0, "threads " + threads);
            }
        }
    }

    @Test
    void seriesLayerIsOneFusedChainPerOrderAndWithinRoundingOfTwoDots() {
        // 71 rows: an odd row left over by the SIMD row pairs; 1031 columns: a tail past the lanes
        int rows = 71;
        int cols = 1031;
        int order = 7;
        double[] w = random(rows * cols, 8);
        double[] u = random(rows * cols, 9);
        double[] a = random((order + 1) * cols, 10);
        double alpha = 0.37;
        for (int threads = 1; threads <= 3; threads++) {
            try (Kernels k = Kernels.withThreads(threads)) {
                for (int top = 0; top <= order; top++) {
                    double[] z = new double[(top + 1) * rows];
                    SeriesKernels.layer(k, w, u, 0, rows, cols, a, top, alpha, z);
                    for (int i = 0; i < rows; i++) {
                        for (int p = 0; p <= top; p++) {
                            String at = "threads " + threads + " K " + top + " row " + i + " order " + p;
                            double chain = FusedDots.chain(w, u, i * cols, a, p, cols);
                            assertEquals(alpha * chain, z[p * rows + i], 0.0, at);
                            // the loops this kernel replaced: one multiply-then-add dot per matrix
                            double old = Vectors.dot(w, i * cols, a, p * cols, cols)
                                    + (p > 0 ? Vectors.dot(u, i * cols, a, (p - 1) * cols, cols) : 0);
                            double tolerance = 1e-12 * alpha * magnitude(w, u, a, i, p, cols);
                            assertEquals(alpha * old, z[p * rows + i], tolerance, at);
                        }
                    }
                }
            }
        }
    }

    /** {@code sum_j |w_ij a_p[j]| + |u_ij a_{p-1}[j]|}: what the rounding of either summation is relative to. */
    private static double magnitude(double[] w, double[] u, double[] a, int i, int p, int cols) {
        double m = 0;
        for (int j = 0; j < cols; j++) {
            m += Math.abs(w[i * cols + j] * a[p * cols + j]);
            if (p > 0) {
                m += Math.abs(u[i * cols + j] * a[(p - 1) * cols + j]);
            }
        }
        return m;
    }

    @Test
    void fusedChainsAreExactWherePlainArithmeticIsExact() {
        // small integers: every product and partial sum is exact, so the chain is the exact value
        int cols = 11;
        double[] w = new double[cols];
        double[] u = new double[cols];
        double[] a = new double[3 * cols];
        double[] expected = new double[3];
        for (int j = 0; j < cols; j++) {
            w[j] = j - 5;
            u[j] = 2 * j + 1;
            for (int p = 0; p < 3; p++) {
                a[p * cols + j] = (p + 1) * (j % 3 - 1);
            }
        }
        for (int p = 0; p < 3; p++) {
            for (int j = 0; j < cols; j++) {
                expected[p] += w[j] * a[p * cols + j] + (p > 0 ? u[j] * a[(p - 1) * cols + j] : 0);
            }
            assertEquals(expected[p], FusedDots.chain(w, u, 0, a, p, cols), 0.0);
        }
        double[] two = new double[3];
        FusedDots.twoChains(w, u, 0, a, 1, cols, two, 1);
        assertEquals(expected[1], two[1], 0.0);
        assertEquals(expected[2], two[2], 0.0);
        double[] first = new double[3];
        FusedDots.firstThreeChains(w, u, 0, a, cols, first);
        assertArrayEquals(expected, first, 0.0);
        FusedDots.firstTwoChains(w, u, 0, a, cols, two);
        assertArrayEquals(java.util.Arrays.copyOf(expected, 2), java.util.Arrays.copyOf(two, 2), 0.0);
        assertTrue(expected[2] != 0 && expected[1] != expected[2], "a case that can tell the orders apart");
    }

    @Test
    void simdSeriesKernelsEqualTheScalarChainsBitForBit() {
        Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the JVM runs without jdk.incubator.vector: only the scalar loops exist");
        int order = 7;
        for (int n : new int[] {1, 3, 4, 5, 63, 1027}) {
            double[] w = random(2 * n + 9, 13);
            double[] u = random(2 * n + 9, 14);
            double[] a = random((order + 1) * n, 15);
            int r = 9 - n % 4; // an offset that is no multiple of the lanes
            int second = 4 * (order + 1);
            double[] lanes = new double[2 * second];
            double[] z = new double[(order + 1) * 2];
            VectorSeries.ordersZeroToFour(w, u, r, a, n, lanes, second);
            VectorSeries.oneOrder(w, u, r, a, 5, n, lanes, second);
            VectorSeries.oneOrder(w, u, r, a, 6, n, lanes, second);
            VectorSeries.oneOrder(w, u, r, a, 7, n, lanes, second);
            assertFinishedEqualChains(lanes, second, 0, order, w, u, r, a, n, z, "0..4 + 1 x3");
            VectorSeries.ordersZeroToTwo(w, u, r, a, n, lanes, second);
            VectorSeries.threeOrders(w, u, r, a, 3, n, lanes, second);
            assertFinishedEqualChains(lanes, second, 0, 5, w, u, r, a, n, z, "0..2 + 3..5");
            VectorSeries.ordersZeroToThree(w, u, r, a, n, lanes, second);
            assertFinishedEqualChains(lanes, second, 0, 3, w, u, r, a, n, z, "0..3");
            VectorSeries.ordersZeroToOne(w, u, r, a, n, lanes, second);
            assertFinishedEqualChains(lanes, second, 0, 1, w, u, r, a, n, z, "0..1");
        }
    }

    private static void assertFinishedEqualChains(double[] lanes, int second, int from, int to, double[] w, double[] u,
                                                  int r, double[] a, int n, double[] z, String what) {
        VectorSeries.finish(lanes, 0, from, to + 1, w, u, r, a, n, 1.0, z, 2, 0);
        VectorSeries.finish(lanes, second, from, to + 1, w, u, r + n, a, n, 1.0, z, 2, 1);
        for (int k = from; k <= to; k++) {
            String at = what + " n " + n + " order " + k;
            assertEquals(FusedDots.chain(w, u, r, a, k, n), z[2 * k], 0.0, at + " row 0");
            assertEquals(FusedDots.chain(w, u, r + n, a, k, n), z[2 * k + 1], 0.0, at + " row 1");
        }
    }

    @Test
    void simdDotProductsEqualTheScalarOnesBitForBit() {
        Assumptions.assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "the JVM runs without jdk.incubator.vector: only the scalar loops exist");
        assertTrue(Simd.ENABLED, "the module is present, so the kernels must use it");
        double[] a = random(8000, 11);
        double[] b = random(8000, 12);
        for (int n : new int[] {0, 1, 3, 4, 5, 7, 8, 63, 1027, 2048}) {
            for (int off : new int[] {0, 1, 3, 17}) {
                assertEquals(Vectors.dot(a, off, b, 2, n), VectorRows.dot(a, off, b, 2, n), 0.0, n + "/" + off);
                double[] p = new double[2];
                double[] q = new double[2];
                VectorRows.pair(a, off, b, b, off + 5, a, n, p, q, 1);
                assertEquals(Vectors.dot(a, off, b, 0, n), p[1], 0.0);
                assertEquals(Vectors.dot(b, off + 5, a, 0, n), q[1], 0.0);
            }
        }
    }

    @Test
    void everyChunkRunsExactlyOnceAndFailuresReachTheCaller() {
        try (Kernels k = Kernels.withThreads(3)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(1000);
            k.forEachChunk(1000, runs::incrementAndGet);
            for (int c = 0; c < 1000; c++) {
                assertEquals(1, runs.get(c));
            }
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> k.forEachChunk(50, c -> {
                if (c == 37) {
                    throw new IllegalStateException("chunk 37");
                }
            }));
            assertEquals("chunk 37", e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> Kernels.withThreads(0));
    }
}
