package io.multilin.numeric.engine;

/**
 * The layer map of Taylor mode: {@code z_k = alpha (W a_k + U a_{k-1})}, k = 0..K, for
 * truncated power series a (coefficient-major, {@code a[k * cols + j]}), split by rows over a
 * {@link Kernels}' threads. Each z_k is one chain of fused multiply-adds over the row pair
 * (see {@link FusedDots}), and the rows are streamed in as few passes as the registers allow:
 * on SIMD registers two rows at a time with all of K = 4 in one pass, so every weight loaded
 * feeds nine products and every series vector two rows. The chain's arithmetic does not
 * depend on the grouping, the split, the thread count, K or {@link Simd#ENABLED}: results are
 * the same bits in every case. They are not the bits of the older loops (one
 * {@link Vectors#dot}, multiply then add, per matrix and order), only within rounding of them.
 */
final class SeriesKernels {

    private SeriesKernels() {
    }

    /** Writes {@code z[k * rows + i]} for every row i and order k in 0..order. */
    static void layer(Kernels kernels, double[] w, double[] u, int off, int rows, int cols, double[] a, int order,
                      double alpha, double[] z) {
        boolean simd = Simd.ENABLED && order >= 1;
        RowKernels.forRows(kernels, rows, cols, (from, to) -> {
            // per chunk, not shared: the SIMD accumulators of two rows (second row's at `second`)
            int second = 4 * (order + 1);
            double[] lanes = simd ? new double[2 * second] : null;
            double[] sums = new double[order + 1];
            int i = from;
            if (simd) {
                for (; i + 1 < to; i += 2) {
                    int r = off + i * cols;
                    simdTwoRows(w, u, r, cols, a, order, lanes, second);
                    VectorSeries.finish(lanes, 0, 0, order + 1, w, u, r, a, cols, alpha, z, rows, i);
                    VectorSeries.finish(lanes, second, 0, order + 1, w, u, r + cols, a, cols, alpha, z, rows, i + 1);
                }
            }
            for (; i < to; i++) {
                scalarRow(w, u, off + i * cols, cols, a, order, sums);
                for (int k = 0; k <= order; k++) {
                    z[k * rows + i] = alpha * sums[k];
                }
            }
        });
    }

    /**
     * Chains 0..order of the rows at r and r + n into lanes: orders 0..min(K, 4) in one pass,
     * then three orders per pass, then one.
     */
    private static void simdTwoRows(double[] w, double[] u, int r, int n, double[] a, int order, double[] lanes,
                                    int second) {
        int k;
        if (order >= 4) {
            VectorSeries.ordersZeroToFour(w, u, r, a, n, lanes, second);
            k = 5;
        } else if (order == 3) {
            VectorSeries.ordersZeroToThree(w, u, r, a, n, lanes, second);
            k = 4;
        } else if (order == 2) {
            VectorSeries.ordersZeroToTwo(w, u, r, a, n, lanes, second);
            k = 3;
        } else {
            VectorSeries.ordersZeroToOne(w, u, r, a, n, lanes, second);
            k = 2;
        }
        for (; k + 2 <= order; k += 3) {
            VectorSeries.threeOrders(w, u, r, a, k, n, lanes, second);
        }
        for (; k <= order; k++) {
            VectorSeries.oneOrder(w, u, r, a, k, n, lanes, second);
        }
    }

    /**
     * Chains 0..order of the row at r into sums, on scalar registers (odd rows out of the SIMD
     * pairs, or no SIMD): orders 0..2 (or 0..1) in one pass, then two per pass (K = 4: two
     * passes, each loading a weight once for four or five products: the scalar path is bound by
     * its loads).
     */
    private static void scalarRow(double[] w, double[] u, int r, int n, double[] a, int order, double[] sums) {
        if (order == 0) {
            sums[0] = FusedDots.chain(w, u, r, a, 0, n);
            return;
        }
        if (order == 1) {
            FusedDots.firstTwoChains(w, u, r, a, n, sums);
            return;
        }
        FusedDots.firstThreeChains(w, u, r, a, n, sums);
        int k = 3;
        for (; k + 1 <= order; k += 2) {
            FusedDots.twoChains(w, u, r, a, k, n, sums, k);
        }
        if (k == order) {
            sums[k] = FusedDots.chain(w, u, r, a, k, n);
        }
    }
}
