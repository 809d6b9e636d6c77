package io.multilin.numeric.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The dot products of {@link RowKernels} on SIMD registers (the
 * incubating {@code jdk.incubator.vector} module; loaded only through {@link Simd}, when the
 * JVM was started with it). Bit-identical to {@link Vectors#dot}: one vector of four lanes is
 * exactly its four accumulators (lane k sums the products of the entries j = k mod 4, in
 * order, each a rounded multiplication followed by a rounded addition, never a fused one),
 * the tail goes to lane 0, and the lanes are combined as {@code (s0 + s1) + (s2 + s3)}. So the
 * results do not depend on whether this class is used, nor on the machine's vector width:
 * the species is always 256 bits.
 */
final class VectorRows {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    private VectorRows() {
    }

    static double dot(double[] a, int aOff, double[] x, int xOff, int n) {
        DoubleVector s = DoubleVector.zero(S);
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            s = s.add(DoubleVector.fromArray(S, a, aOff + j).mul(DoubleVector.fromArray(S, x, xOff + j)));
        }
        return finish(s, a, aOff, x, xOff, bound, n);
    }

    /** {@code dot(a, x)} into outA[i] and {@code dot(b, y)} into outB[i], in one pass. */
    static void pair(double[] a, int aOff, double[] x, double[] b, int bOff, double[] y, int n,
                     double[] outA, double[] outB, int i) {
        DoubleVector s = DoubleVector.zero(S);
        DoubleVector t = s;
        int bound = S.loopBound(n);
        for (int j = 0; j < bound; j += 4) {
            s = s.add(DoubleVector.fromArray(S, a, aOff + j).mul(DoubleVector.fromArray(S, x, j)));
            t = t.add(DoubleVector.fromArray(S, b, bOff + j).mul(DoubleVector.fromArray(S, y, j)));
        }
        outA[i] = finish(s, a, aOff, x, 0, bound, n);
        outB[i] = finish(t, b, bOff, y, 0, bound, n);
    }

    /** The tail j in from..n-1 into lane 0, then {@code (s0 + s1) + (s2 + s3)}, as {@link Vectors#dot}. */
    private static double finish(DoubleVector s, double[] a, int aOff, double[] x, int xOff, int from, int n) {
        double s0 = s.lane(0);
        for (int j = from; j < n; j++) {
            s0 += a[aOff + j] * x[xOff + j];
        }
        return (s0 + s.lane(1)) + (s.lane(2) + s.lane(3));
    }
}
