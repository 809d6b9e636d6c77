package io.multilin.numeric.engine;

/** Dense kernels on flat arrays, written as simple loops the JIT vectorizes. */
public final class Vectors {

    private Vectors() {
    }

    public static double dot(double[] a, double[] b) {
        return dot(a, 0, b, 0, a.length);
    }

    /** Dot product with four accumulators (a strict single-accumulator sum does not vectorize). */
    public static double dot(double[] a, int aOff, double[] b, int bOff, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += a[aOff + i] * b[bOff + i];
            s1 += a[aOff + i + 1] * b[bOff + i + 1];
            s2 += a[aOff + i + 2] * b[bOff + i + 2];
            s3 += a[aOff + i + 3] * b[bOff + i + 3];
        }
        for (; i < n; i++) {
            s0 += a[aOff + i] * b[bOff + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    public static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    public static void scale(double[] a, double c) {
        for (int i = 0; i < a.length; i++) {
            a[i] *= c;
        }
    }

    /** {@code y += c x}. */
    public static void axpy(double c, double[] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] += c * x[i];
        }
    }

    /** {@code y[yOff..] += c x[xOff..]} over n entries. */
    static void axpy(double c, double[] x, int xOff, double[] y, int yOff, int n) {
        for (int i = 0; i < n; i++) {
            y[yOff + i] += c * x[xOff + i];
        }
    }
}
