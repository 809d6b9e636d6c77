package io.multilin.numeric.engine;

/**
 * The scalar side of {@link SeriesKernels}, and its reference arithmetic. Chain k of a row is
 * {@code z_k = W.a_k + U.a_{k-1}} (W.a_0 for k = 0) summed in four accumulators: accumulator l
 * takes, for the entries j = l mod 4 in order, {@code s = fma(w_j, a_k[j], s)} then
 * {@code s = fma(u_j, a_{k-1}[j], s)} (one rounding each); the tail j >= 4 floor(n / 4) goes
 * to accumulator 0 the same way; the result is {@code (s0 + s1) + (s2 + s3)}. That is lane for
 * lane what {@link VectorSeries} computes on 256-bit registers, so the two paths give the same
 * bits. Fused multiply-adds and one accumulator per z_k (rather than {@link Vectors#dot}'s
 * multiply then add, one dot per matrix) halve the instructions per weight: at order 4 the
 * kernel is bound by them as much as by memory.
 */
final class FusedDots {

    private FusedDots() {
    }

    /** Chain k of the row at r (series coefficient k at {@code a[k * n]}). */
    static double chain(double[] w, double[] u, int r, double[] a, int k, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int p = k * n;
        int j = 0;
        if (k == 0) {
            for (; j + 3 < n; j += 4) {
                s0 = Math.fma(w[r + j], a[j], s0);
                s1 = Math.fma(w[r + j + 1], a[j + 1], s1);
                s2 = Math.fma(w[r + j + 2], a[j + 2], s2);
                s3 = Math.fma(w[r + j + 3], a[j + 3], s3);
            }
        } else {
            int q = p - n;
            for (; j + 3 < n; j += 4) {
                s0 = Math.fma(u[r + j], a[q + j], Math.fma(w[r + j], a[p + j], s0));
                s1 = Math.fma(u[r + j + 1], a[q + j + 1], Math.fma(w[r + j + 1], a[p + j + 1], s1));
                s2 = Math.fma(u[r + j + 2], a[q + j + 2], Math.fma(w[r + j + 2], a[p + j + 2], s2));
                s3 = Math.fma(u[r + j + 3], a[q + j + 3], Math.fma(w[r + j + 3], a[p + j + 3], s3));
            }
        }
        s0 = tail(s0, w, u, r, a, k, j, n);
        return (s0 + s1) + (s2 + s3);
    }

    /** Accumulator 0 of chain k carried through the entries from..n-1. */
    static double tail(double s0, double[] w, double[] u, int r, double[] a, int k, int from, int n) {
        int p = k * n;
        for (int j = from; j < n; j++) {
            s0 = Math.fma(w[r + j], a[p + j], s0);
            if (k > 0) {
                s0 = Math.fma(u[r + j], a[p - n + j], s0);
            }
        }
        return s0;
    }

    /** Chains 0 and 1 of the row at r into out[0..1] (K = 1 in one pass). */
    static void firstTwoChains(double[] w, double[] u, int r, double[] a, int n, double[] out) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double wa = w[r + j], wb = w[r + j + 1], wc = w[r + j + 2], wd = w[r + j + 3];
            double pa = a[j], pb = a[j + 1], pc = a[j + 2], pd = a[j + 3];
            s0 = Math.fma(wa, pa, s0);
            s1 = Math.fma(wb, pb, s1);
            s2 = Math.fma(wc, pc, s2);
            s3 = Math.fma(wd, pd, s3);
            t0 = Math.fma(u[r + j], pa, Math.fma(wa, a[n + j], t0));
            t1 = Math.fma(u[r + j + 1], pb, Math.fma(wb, a[n + j + 1], t1));
            t2 = Math.fma(u[r + j + 2], pc, Math.fma(wc, a[n + j + 2], t2));
            t3 = Math.fma(u[r + j + 3], pd, Math.fma(wd, a[n + j + 3], t3));
        }
        s0 = tail(s0, w, u, r, a, 0, j, n);
        t0 = tail(t0, w, u, r, a, 1, j, n);
        out[0] = (s0 + s1) + (s2 + s3);
        out[1] = (t0 + t1) + (t2 + t3);
    }

    /**
     * Chains 0, 1 and 2 of the row at r into out[0..2]: twelve accumulators, one pass that
     * loads each weight once for five products (the scalar path is bound by its loads).
     */
    static void firstThreeChains(double[] w, double[] u, int r, double[] a, int n, double[] out) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        double v0 = 0, v1 = 0, v2 = 0, v3 = 0;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double wa = w[r + j], wb = w[r + j + 1], wc = w[r + j + 2], wd = w[r + j + 3];
            double ua = u[r + j], ub = u[r + j + 1], uc = u[r + j + 2], ud = u[r + j + 3];
            double pa = a[j], pb = a[j + 1], pc = a[j + 2], pd = a[j + 3];
            double qa = a[n + j], qb = a[n + j + 1], qc = a[n + j + 2], qd = a[n + j + 3];
            s0 = Math.fma(wa, pa, s0);
            s1 = Math.fma(wb, pb, s1);
            s2 = Math.fma(wc, pc, s2);
            s3 = Math.fma(wd, pd, s3);
            t0 = Math.fma(ua, pa, Math.fma(wa, qa, t0));
            t1 = Math.fma(ub, pb, Math.fma(wb, qb, t1));
            t2 = Math.fma(uc, pc, Math.fma(wc, qc, t2));
            t3 = Math.fma(ud, pd, Math.fma(wd, qd, t3));
            v0 = Math.fma(ua, qa, Math.fma(wa, a[2 * n + j], v0));
            v1 = Math.fma(ub, qb, Math.fma(wb, a[2 * n + j + 1], v1));
            v2 = Math.fma(uc, qc, Math.fma(wc, a[2 * n + j + 2], v2));
            v3 = Math.fma(ud, qd, Math.fma(wd, a[2 * n + j + 3], v3));
        }
        s0 = tail(s0, w, u, r, a, 0, j, n);
        t0 = tail(t0, w, u, r, a, 1, j, n);
        v0 = tail(v0, w, u, r, a, 2, j, n);
        out[0] = (s0 + s1) + (s2 + s3);
        out[1] = (t0 + t1) + (t2 + t3);
        out[2] = (v0 + v1) + (v2 + v3);
    }

    /**
     * Chains k and k + 1 (k >= 1) of the row at r into out[at], out[at + 1]: eight
     * accumulators, enough to cover the two dependent fused multiply-adds of each entry.
     */
    static void twoChains(double[] w, double[] u, int r, double[] a, int k, int n, double[] out, int at) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double t0 = 0, t1 = 0, t2 = 0, t3 = 0;
        int q = (k - 1) * n;
        int p = k * n;
        int o = p + n;
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double wa = w[r + j], wb = w[r + j + 1], wc = w[r + j + 2], wd = w[r + j + 3];
            double ua = u[r + j], ub = u[r + j + 1], uc = u[r + j + 2], ud = u[r + j + 3];
            double pa = a[p + j], pb = a[p + j + 1], pc = a[p + j + 2], pd = a[p + j + 3];
            s0 = Math.fma(ua, a[q + j], Math.fma(wa, pa, s0));
            s1 = Math.fma(ub, a[q + j + 1], Math.fma(wb, pb, s1));
            s2 = Math.fma(uc, a[q + j + 2], Math.fma(wc, pc, s2));
            s3 = Math.fma(ud, a[q + j + 3], Math.fma(wd, pd, s3));
            t0 = Math.fma(ua, pa, Math.fma(wa, a[o + j], t0));
            t1 = Math.fma(ub, pb, Math.fma(wb, a[o + j + 1], t1));
            t2 = Math.fma(uc, pc, Math.fma(wc, a[o + j + 2], t2));
            t3 = Math.fma(ud, pd, Math.fma(wd, a[o + j + 3], t3));
        }
        s0 = tail(s0, w, u, r, a, k, j, n);
        t0 = tail(t0, w, u, r, a, k + 1, j, n);
        out[at] = (s0 + s1) + (s2 + s3);
        out[at + 1] = (t0 + t1) + (t2 + t3);
    }
}
