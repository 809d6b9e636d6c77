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
 * rounding of an independent pairwise-free reference (a single running sum).
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
    void seriesLayerEqualsTwoDotsPerOrder() {
        int rows = 70;
        int cols = 1031;
        int order = 5;
        double[] w = random(rows * cols, 8);
        double[] u = random(rows * cols, 9);
        double[] a = random((order + 1) * cols, 10);
        double alpha = 0.37;
        try (Kernels k = Kernels.withThreads(3)) {
            double[] z = new double[(order + 1) * rows];
            SeriesKernels.layer(k, w, u, 0, rows, cols, a, order, alpha, z);
            for (int i = 0; i < rows; i++) {
                for (int p = 0; p <= order; p++) {
                    double s = Vectors.dot(w, i * cols, a, p * cols, cols)
                            + (p > 0 ? Vectors.dot(u, i * cols, a, (p - 1) * cols, cols) : 0);
                    assertEquals(alpha * s, z[p * rows + i], 0.0, "row " + i + " order " + p);
                }
            }
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
                double[] sums = new double[4];
                VectorRows.quad(a, b, off, a, 100, 100 + n, n, sums, 0);
                assertEquals(Vectors.dot(a, off, a, 100, n), sums[0], 0.0);
                assertEquals(Vectors.dot(b, off, a, 100, n), sums[1], 0.0);
                assertEquals(Vectors.dot(a, off, a, 100 + n, n), sums[2], 0.0);
                assertEquals(Vectors.dot(b, off, a, 100 + n, n), sums[3], 0.0);
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
