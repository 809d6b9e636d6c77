package io.multilin.numeric.engine;

import java.util.Arrays;

/**
 * Matrix-vector products on a row-major block of the flat weights, split over a
 * {@link Kernels}' threads. Every entry is computed with exactly the arithmetic of
 * {@link Vectors#dot} (four accumulators in a fixed order) or of the old row-by-row
 * {@code axpy} loop, so results do not depend on the split, the thread count, or whether two
 * dot products share one pass: the kernels only change how often x and the weights are loaded.
 * Products {@code W a} are split by rows, transposed products {@code W^T v} by columns, so no
 * entry is ever the sum of partials from two threads. Row dot products run on SIMD registers
 * when {@link Simd#ENABLED} (same bits, see {@link VectorRows}); the transposed products are
 * axpy loops, which C2 vectorizes by itself.
 */
final class RowKernels {

    /** Weight entries per chunk: large enough that dispatch is noise, small enough to balance threads. */
    private static final int CHUNK_ENTRIES = 1 << 16;
    /**
     * Columns per chunk of a transposed product. Measured on [4, 2048 x5, 1]: strips of 512 to
     * 2048 columns made the HVP slower on two threads than on one (each thread reads short
     * strided pieces of every row, which the prefetchers serve badly), so rows are kept whole up
     * to 4096 columns and transposed products of narrower layers run on one thread.
     */
    private static final int COLUMN_CHUNK = 4096;

    private RowKernels() {
    }

    /** Rows per chunk: a function of the shape only, never of the thread count. */
    static int rowsPerChunk(int cols) {
        return Math.max(1, CHUNK_ENTRIES / Math.max(1, cols));
    }

    /** Calls {@code body(from, to)} on fixed row ranges covering 0..rows-1. */
    static void forRows(Kernels kernels, int rows, int cols, RangeBody body) {
        if (!kernels.splits((long) rows * cols)) {
            body.run(0, rows);
            return;
        }
        int per = rowsPerChunk(cols);
        int chunks = (rows + per - 1) / per;
        kernels.forEachChunk(chunks, c -> body.run(c * per, Math.min(rows, (c + 1) * per)));
    }

    /** Calls {@code body(from, to)} on fixed column ranges covering 0..cols-1. */
    static void forColumns(Kernels kernels, int rows, int cols, RangeBody body) {
        if (!kernels.splits((long) rows * cols) || cols <= COLUMN_CHUNK) {
            body.run(0, cols);
            return;
        }
        int chunks = (cols + COLUMN_CHUNK - 1) / COLUMN_CHUNK;
        kernels.forEachChunk(chunks, c -> body.run(c * COLUMN_CHUNK, Math.min(cols, (c + 1) * COLUMN_CHUNK)));
    }

    /** A range of rows or columns. */
    @FunctionalInterface
    interface RangeBody {
        void run(int from, int to);
    }

    /** {@code out[i] = dot(W row i, x)}, W the rows x cols block at {@code off}. */
    static void times(Kernels kernels, double[] w, int off, int rows, int cols, double[] x, double[] out) {
        forRows(kernels, rows, cols, (from, to) -> {
            // one row at a time: measured faster than two rows sharing the loads of x
            if (Simd.ENABLED) {
                for (int i = from; i < to; i++) {
                    out[i] = VectorRows.dot(w, off + i * cols, x, 0, cols);
                }
            } else {
                for (int i = from; i < to; i++) {
                    out[i] = Vectors.dot(w, off + i * cols, x, 0, cols);
                }
            }
        });
    }

    /**
     * {@code outA[i] = dot(A row i, x)} and {@code outB[i] = dot(B row i, y)} in one pass over
     * both rows (A at aOff in a, B at bOff in b, same shape).
     */
    static void timesPair(Kernels kernels, double[] a, int aOff, double[] x, double[] b, int bOff, double[] y,
                          int rows, int cols, double[] outA, double[] outB) {
        forRows(kernels, rows, cols, (from, to) -> {
            for (int i = from; i < to; i++) {
                if (Simd.ENABLED) {
                    VectorRows.pair(a, aOff + i * cols, x, b, bOff + i * cols, y, cols, outA, outB, i);
                } else {
                    pairRow(a, aOff + i * cols, x, b, bOff + i * cols, y, cols, outA, outB, i);
                }
            }
        });
    }

    /** {@code out = W^T v} (as the row-by-row axpy loop, rows with v_i = 0 skipped). */
    static void transposeTimes(Kernels kernels, double[] w, int off, int rows, int cols, double[] v,
                               double[] out) {
        forColumns(kernels, rows, cols, (from, to) -> {
            Arrays.fill(out, from, to, 0);
            for (int i = 0; i < rows; i++) {
                if (v[i] != 0) {
                    Vectors.axpy(v[i], w, off + i * cols + from, out, from, to - from);
                }
            }
        });
    }

    /**
     * Rows from..to-1 of {@code out = alpha (p q^T + r s^T) + beta out} (row i at
     * {@code outOff + i * cols}); with {@code beta == 0} the old content is ignored.
     */
    static void rankTwo(double alpha, double[] p, double[] q, double[] r, double[] s, double beta, double[] out,
                        int outOff, int cols, int from, int to) {
        for (int i = from; i < to; i++) {
            int o = outOff + i * cols;
            double c1 = alpha * p[i];
            double c2 = alpha * r[i];
            if (beta == 0) {
                for (int j = 0; j < cols; j++) {
                    out[o + j] = c1 * q[j] + c2 * s[j];
                }
            } else {
                for (int j = 0; j < cols; j++) {
                    out[o + j] = c1 * q[j] + c2 * s[j] + beta * out[o + j];
                }
            }
        }
    }

    /**
     * {@code out = W^T g + V^T h} (V at vOff in v; v null: V = 0, and rows with g_i = 0 are
     * skipped), one row of both at a time, every entry summed over the rows in order.
     */
    static void transposeTimesPair(double[] w, int off, double[] g, double[] v, int vOff, double[] h, int rows,
                                   int cols, double[] out) {
        Arrays.fill(out, 0, cols, 0);
        for (int i = 0; i < rows; i++) {
            double gi = g[i];
            int r = off + i * cols;
            if (v != null) {
                double hi = h[i];
                int o = vOff + i * cols;
                for (int j = 0; j < cols; j++) {
                    out[j] += gi * w[r + j] + hi * v[o + j];
                }
            } else if (gi != 0) {
                for (int j = 0; j < cols; j++) {
                    out[j] += gi * w[r + j];
                }
            }
        }
    }

    private static void pairRow(double[] a, int ra, double[] x, double[] b, int rb, double[] y, int n,
                                double[] outA, double[] outB, int i) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            s0 += a[ra + j] * x[j];
            s1 += a[ra + j + 1] * x[j + 1];
            s2 += a[ra + j + 2] * x[j + 2];
            s3 += a[ra + j + 3] * x[j + 3];
            t0 += b[rb + j] * y[j];
            t1 += b[rb + j + 1] * y[j + 1];
            t2 += b[rb + j + 2] * y[j + 2];
            t3 += b[rb + j + 3] * y[j + 3];
        }
        for (; j < n; j++) {
            s0 += a[ra + j] * x[j];
            t0 += b[rb + j] * y[j];
        }
        outA[i] = (s0 + s1) + (s2 + s3);
        outB[i] = (t0 + t1) + (t2 + t3);
    }
}
