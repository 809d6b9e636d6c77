package io.multilin.numeric.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The row passes of {@link SeriesKernels} on SIMD registers (loaded only through
 * {@link Simd}), two rows (at r and r + n) at a time: every series vector, which comes from
 * L2 (five of them are 80 KB at n = 2048), then feeds both rows. Chain k of a row is
 * {@code z_k = W.a_k + U.a_{k-1}} (W.a_0 for k = 0) in one 256-bit accumulator: lane l takes,
 * for the entries j = l mod 4 in order, {@code fma(w_j, a_k[j], s)} then
 * {@code fma(u_j, a_{k-1}[j], s)}; {@link #finish} adds the tail to lane 0 the same way and
 * combines {@code (s0 + s1) + (s2 + s3)}. That is {@link FusedDots#chain} exactly, whatever
 * the machine's vector width. A pass covers k .. k + m - 1 (series coefficient k at
 * {@code a[k * n]}); the kernels leave their accumulators in {@code lanes} (row 0's chain k
 * at {@code 4k}, row 1's at {@code second + 4k}) rather than passing vectors to a helper,
 * which C2 does not always inline and would then box every accumulator. The kernels are
 * unrolled by hand, one per group of orders: C2 keeps accumulators in registers only when each
 * is its own local.
 */
final class VectorSeries {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    private VectorSeries() {
    }

    /** Chains 0..4: all of K = 4 in one pass (ten accumulators and six operands fill 16 registers). */
    static void ordersZeroToFour(double[] w, double[] u, int r, double[] a, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0, x1 = x0, y1 = x0, x2 = x0, y2 = x0;
        DoubleVector x3 = x0, y3 = x0, x4 = x0, y4 = x0;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, j);
            x0 = w0.fma(a0, x0);
            y0 = w1.fma(a0, y0);
            DoubleVector a1 = DoubleVector.fromArray(S, a, n + j);
            x1 = u0.fma(a0, w0.fma(a1, x1));
            y1 = u1.fma(a0, w1.fma(a1, y1));
            DoubleVector a2 = DoubleVector.fromArray(S, a, 2 * n + j);
            x2 = u0.fma(a1, w0.fma(a2, x2));
            y2 = u1.fma(a1, w1.fma(a2, y2));
            DoubleVector a3 = DoubleVector.fromArray(S, a, 3 * n + j);
            x3 = u0.fma(a2, w0.fma(a3, x3));
            y3 = u1.fma(a2, w1.fma(a3, y3));
            DoubleVector a4 = DoubleVector.fromArray(S, a, 4 * n + j);
            x4 = u0.fma(a3, w0.fma(a4, x4));
            y4 = u1.fma(a3, w1.fma(a4, y4));
        }
        x0.intoArray(lanes, 0);
        y0.intoArray(lanes, second);
        x1.intoArray(lanes, 4);
        y1.intoArray(lanes, second + 4);
        x2.intoArray(lanes, 8);
        y2.intoArray(lanes, second + 8);
        x3.intoArray(lanes, 12);
        y3.intoArray(lanes, second + 12);
        x4.intoArray(lanes, 16);
        y4.intoArray(lanes, second + 16);
    }

    /** Chains 0..2. */
    static void ordersZeroToTwo(double[] w, double[] u, int r, double[] a, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0, x1 = x0, y1 = x0, x2 = x0, y2 = x0;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, j);
            x0 = w0.fma(a0, x0);
            y0 = w1.fma(a0, y0);
            DoubleVector a1 = DoubleVector.fromArray(S, a, n + j);
            x1 = u0.fma(a0, w0.fma(a1, x1));
            y1 = u1.fma(a0, w1.fma(a1, y1));
            DoubleVector a2 = DoubleVector.fromArray(S, a, 2 * n + j);
            x2 = u0.fma(a1, w0.fma(a2, x2));
            y2 = u1.fma(a1, w1.fma(a2, y2));
        }
        x0.intoArray(lanes, 0);
        y0.intoArray(lanes, second);
        x1.intoArray(lanes, 4);
        y1.intoArray(lanes, second + 4);
        x2.intoArray(lanes, 8);
        y2.intoArray(lanes, second + 8);
    }

    /** Chains 0..3. */
    static void ordersZeroToThree(double[] w, double[] u, int r, double[] a, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0, x1 = x0, y1 = x0, x2 = x0, y2 = x0, x3 = x0, y3 = x0;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, j);
            x0 = w0.fma(a0, x0);
            y0 = w1.fma(a0, y0);
            DoubleVector a1 = DoubleVector.fromArray(S, a, n + j);
            x1 = u0.fma(a0, w0.fma(a1, x1));
            y1 = u1.fma(a0, w1.fma(a1, y1));
            DoubleVector a2 = DoubleVector.fromArray(S, a, 2 * n + j);
            x2 = u0.fma(a1, w0.fma(a2, x2));
            y2 = u1.fma(a1, w1.fma(a2, y2));
            DoubleVector a3 = DoubleVector.fromArray(S, a, 3 * n + j);
            x3 = u0.fma(a2, w0.fma(a3, x3));
            y3 = u1.fma(a2, w1.fma(a3, y3));
        }
        x0.intoArray(lanes, 0);
        y0.intoArray(lanes, second);
        x1.intoArray(lanes, 4);
        y1.intoArray(lanes, second + 4);
        x2.intoArray(lanes, 8);
        y2.intoArray(lanes, second + 8);
        x3.intoArray(lanes, 12);
        y3.intoArray(lanes, second + 12);
    }

    /** Chains 0 and 1. */
    static void ordersZeroToOne(double[] w, double[] u, int r, double[] a, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0, x1 = x0, y1 = x0;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, j);
            x0 = w0.fma(a0, x0);
            y0 = w1.fma(a0, y0);
            DoubleVector a1 = DoubleVector.fromArray(S, a, n + j);
            x1 = u0.fma(a0, w0.fma(a1, x1));
            y1 = u1.fma(a0, w1.fma(a1, y1));
        }
        x0.intoArray(lanes, 0);
        y0.intoArray(lanes, second);
        x1.intoArray(lanes, 4);
        y1.intoArray(lanes, second + 4);
    }

    /** Chains k..k+2, k >= 1. */
    static void threeOrders(double[] w, double[] u, int r, double[] a, int k, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0, x1 = x0, y1 = x0, x2 = x0, y2 = x0;
        int p = k * n;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector b = DoubleVector.fromArray(S, a, p - n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, p + j);
            x0 = u0.fma(b, w0.fma(a0, x0));
            y0 = u1.fma(b, w1.fma(a0, y0));
            DoubleVector a1 = DoubleVector.fromArray(S, a, p + n + j);
            x1 = u0.fma(a0, w0.fma(a1, x1));
            y1 = u1.fma(a0, w1.fma(a1, y1));
            DoubleVector a2 = DoubleVector.fromArray(S, a, p + 2 * n + j);
            x2 = u0.fma(a1, w0.fma(a2, x2));
            y2 = u1.fma(a1, w1.fma(a2, y2));
        }
        x0.intoArray(lanes, 4 * k);
        y0.intoArray(lanes, second + 4 * k);
        x1.intoArray(lanes, 4 * (k + 1));
        y1.intoArray(lanes, second + 4 * (k + 1));
        x2.intoArray(lanes, 4 * (k + 2));
        y2.intoArray(lanes, second + 4 * (k + 2));
    }

    /** Chain k >= 1. */
    static void oneOrder(double[] w, double[] u, int r, double[] a, int k, int n, double[] lanes, int second) {
        DoubleVector x0 = DoubleVector.zero(S), y0 = x0;
        int p = k * n;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            DoubleVector w0 = DoubleVector.fromArray(S, w, r + j);
            DoubleVector u0 = DoubleVector.fromArray(S, u, r + j);
            DoubleVector w1 = DoubleVector.fromArray(S, w, r + n + j);
            DoubleVector u1 = DoubleVector.fromArray(S, u, r + n + j);
            DoubleVector b = DoubleVector.fromArray(S, a, p - n + j);
            DoubleVector a0 = DoubleVector.fromArray(S, a, p + j);
            x0 = u0.fma(b, w0.fma(a0, x0));
            y0 = u1.fma(b, w1.fma(a0, y0));
        }
        x0.intoArray(lanes, 4 * k);
        y0.intoArray(lanes, second + 4 * k);
    }

    /**
     * Row {@code r}'s chains from..to-1 (lanes at {@code lanes[at + 4k]}) completed and scaled:
     * {@code z[k * rows + i] = alpha * chain k}.
     */
    static void finish(double[] lanes, int at, int from, int to, double[] w, double[] u, int r, double[] a, int n,
                       double alpha, double[] z, int rows, int i) {
        int bound = S.loopBound(n);
        for (int k = from; k < to; k++) {
            int c = at + 4 * k;
            double s0 = FusedDots.tail(lanes[c], w, u, r, a, k, bound, n);
            z[k * rows + i] = alpha * ((s0 + lanes[c + 1]) + (lanes[c + 2] + lanes[c + 3]));
        }
    }
}
