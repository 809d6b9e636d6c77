package io.multilin.numeric.engine;

/**
 * The layer map of Taylor mode: {@code z_k = alpha (W a_k + U a_{k-1})}, k = 0..K, for
 * truncated power series a (coefficient-major, {@code a[k * cols + j]}), split by rows over a
 * {@link Kernels}' threads. Each row of W and U is brought from memory once and its 2K + 1
 * dot products are taken while it sits in the L1 cache, four at a time (W and U against
 * {@code a_k} and {@code a_{k+1}}) so every load of a weight feeds two products. Each dot
 * product has exactly the arithmetic of {@link Vectors#dot}: the result does not depend on
 * the grouping, the split, the thread count or {@link Simd#ENABLED}, and equals the
 * one-dot-at-a-time loop bit for bit.
 */
final class SeriesKernels {

    private SeriesKernels() {
    }

    /** Writes {@code z[k * rows + i]} for every row i and order k in 0..order. */
    static void layer(Kernels kernels, double[] w, double[] u, int off, int rows, int cols, double[] a, int order,
                      double alpha, double[] z) {
        RowKernels.forRows(kernels, rows, cols, (from, to) -> {
            // sums[2k] = W_i . a_k, sums[2k + 1] = U_i . a_k (k < order); per chunk, not shared
            double[] sums = new double[2 * (order + 1)];
            for (int i = from; i < to; i++) {
                row(w, u, off + i * cols, cols, a, order, sums);
                for (int k = 0; k <= order; k++) {
                    double s = sums[2 * k] + (k > 0 ? sums[2 * (k - 1) + 1] : 0);
                    z[k * rows + i] = alpha * s;
                }
            }
        });
    }

    private static void row(double[] w, double[] u, int r, int n, double[] a, int order, double[] sums) {
        if (Simd.ENABLED) {
            simdRow(w, u, r, n, a, order, sums);
            return;
        }
        int k = 0;
        for (; k + 1 < order; k += 2) {
            quad(w, u, r, a, k * n, (k + 1) * n, n, sums, 2 * k);
        }
        if (k < order) {
            pair(w, u, r, a, k * n, n, sums, 2 * k);
            k++;
        }
        // the top order feeds only W a_K (U a_K would belong to z_{K+1})
        sums[2 * k] = Vectors.dot(w, r, a, k * n, n);
        sums[2 * k + 1] = 0;
    }

    /**
     * {@link #row} on SIMD registers: two orders per pass, the top order folded into the last
     * pass when K is odd (three orders per pass, six chains, measured no faster).
     */
    private static void simdRow(double[] w, double[] u, int r, int n, double[] a, int order, double[] sums) {
        int k = 0;
        for (; k + 1 < order; k += 2) {
            VectorRows.quad(w, u, r, a, k * n, (k + 1) * n, n, sums, 2 * k);
        }
        if (k < order) {
            // k = order - 1: U a_K comes along and is dropped below
            VectorRows.quad(w, u, r, a, k * n, order * n, n, sums, 2 * k);
        } else {
            sums[2 * order] = VectorRows.dot(w, r, a, order * n, n);
        }
        sums[2 * order + 1] = 0;
    }

    /** W.a_k, U.a_k, W.a_{k+1}, U.a_{k+1} into sums[at..at+3]. */
    private static void quad(double[] w, double[] u, int r, double[] a, int p, int q, int n, double[] sums, int at) {
        double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
        double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
        double v0 = 0, v1 = 0, v2 = 0, v3 = 0;
        double y0 = 0, y1 = 0, y2 = 0, y3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double wa = w[r + j], wb = w[r + j + 1], wc = w[r + j + 2], wd = w[r + j + 3];
            double ua = u[r + j], ub = u[r + j + 1], uc = u[r + j + 2], ud = u[r + j + 3];
            double pa = a[p + j], pb = a[p + j + 1], pc = a[p + j + 2], pd = a[p + j + 3];
            double qa = a[q + j], qb = a[q + j + 1], qc = a[q + j + 2], qd = a[q + j + 3];
            w0 += wa * pa;
            w1 += wb * pb;
            w2 += wc * pc;
            w3 += wd * pd;
            u0 += ua * pa;
            u1 += ub * pb;
            u2 += uc * pc;
            u3 += ud * pd;
            v0 += wa * qa;
            v1 += wb * qb;
            v2 += wc * qc;
            v3 += wd * qd;
            y0 += ua * qa;
            y1 += ub * qb;
            y2 += uc * qc;
            y3 += ud * qd;
        }
        for (; j < n; j++) {
            w0 += w[r + j] * a[p + j];
            u0 += u[r + j] * a[p + j];
            v0 += w[r + j] * a[q + j];
            y0 += u[r + j] * a[q + j];
        }
        sums[at] = (w0 + w1) + (w2 + w3);
        sums[at + 1] = (u0 + u1) + (u2 + u3);
        sums[at + 2] = (v0 + v1) + (v2 + v3);
        sums[at + 3] = (y0 + y1) + (y2 + y3);
    }

    /** W.a_k, U.a_k into sums[at], sums[at + 1]. */
    private static void pair(double[] w, double[] u, int r, double[] a, int p, int n, double[] sums, int at) {
        double w0 = 0, w1 = 0, w2 = 0, w3 = 0;
        double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double pa = a[p + j], pb = a[p + j + 1], pc = a[p + j + 2], pd = a[p + j + 3];
            w0 += w[r + j] * pa;
            w1 += w[r + j + 1] * pb;
            w2 += w[r + j + 2] * pc;
            w3 += w[r + j + 3] * pd;
            u0 += u[r + j] * pa;
            u1 += u[r + j + 1] * pb;
            u2 += u[r + j + 2] * pc;
            u3 += u[r + j + 3] * pd;
        }
        for (; j < n; j++) {
            w0 += w[r + j] * a[p + j];
            u0 += u[r + j] * a[p + j];
        }
        sums[at] = (w0 + w1) + (w2 + w3);
        sums[at + 1] = (u0 + u1) + (u2 + u3);
    }
}
