package io.multilin.numeric.bench;

import io.multilin.numeric.engine.Kernels;
import java.util.Arrays;

/**
 * A STREAM-like measurement of main-memory bandwidth in this JVM, the yardstick of
 * {@link KernelBench}: a dot product of two arrays (read only, two streams, like a row of a
 * matvec against a cached vector) and a triad {@code a = b + s c} (two reads, one write),
 * over arrays far larger than the caches, split into fixed chunks over the kernels' threads.
 * Bytes are counted as STREAM does: each array entry read or written once is 8 bytes (the
 * write-allocate read of the triad's target is not counted).
 */
public final class StreamBandwidth {

    /** One measurement: median bytes per second of each kernel over the repeats. */
    public record Result(int threads, long arrayBytes, int repeats, double dotBytesPerSecond,
                         double triadBytesPerSecond) {
        /** The reference for read-dominated kernels: the dot (read) bandwidth. */
        public double readBytesPerSecond() {
            return dotBytesPerSecond;
        }
    }

    /** 64 MB per array: three arrays are far beyond any last-level cache of this class of machine. */
    public static final int DEFAULT_LENGTH = 8 << 20;
    private static final int CHUNKS = 64;

    private final double[] a;
    private final double[] b;
    private final double[] c;
    private final double[] partials = new double[CHUNKS];

    /** Allocates three arrays of {@code length} doubles (filled, so their pages are resident). */
    public StreamBandwidth(int length) {
        if (length < CHUNKS) {
            throw new IllegalArgumentException("arrays of at least " + CHUNKS + " entries, not " + length);
        }
        a = new double[length];
        b = new double[length];
        c = new double[length];
        for (int i = 0; i < length; i++) {
            a[i] = 1;
            b[i] = 1.0 / (1 + (i & 1023));
            c[i] = 0.5;
        }
    }

    /** Median bandwidths over {@code repeats} timed runs after {@code warmups} untimed ones. */
    public Result measure(Kernels kernels, int warmups, int repeats) {
        for (int r = 0; r < warmups; r++) {
            dot(kernels);
            triad(kernels, 1e-3);
        }
        double[] dot = new double[repeats];
        double[] triad = new double[repeats];
        double sink = 0;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            sink += dot(kernels);
            long t1 = System.nanoTime();
            triad(kernels, 1e-3);
            long t2 = System.nanoTime();
            dot[r] = 16.0 * b.length / ((t1 - t0) * 1e-9);
            triad[r] = 24.0 * a.length / ((t2 - t1) * 1e-9);
        }
        if (Double.isNaN(sink)) {
            // keeps the JIT from discarding the dot products
            throw new IllegalStateException("bandwidth arrays hold NaN");
        }
        return new Result(kernels.threads(), 8L * a.length, repeats, median(dot), median(triad));
    }

    /**
     * Timed dot runs over at least {@code minBytes} bytes (whole runs, at least one): bytes per
     * second of that span alone. Matching a kernel's bytes gives both the same duration, hence
     * the same exposure to preemption on a loaded machine (a run shorter than a scheduler slice
     * would escape it and overstate the bandwidth).
     */
    public double dotOnce(Kernels kernels, double minBytes) {
        double perRun = 16.0 * b.length;
        int runs = (int) Math.max(1, Math.ceil(minBytes / perRun));
        double sink = 0;
        long t0 = System.nanoTime();
        for (int r = 0; r < runs; r++) {
            sink += dot(kernels);
        }
        long t1 = System.nanoTime();
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("bandwidth arrays hold NaN");
        }
        return runs * perRun / ((t1 - t0) * 1e-9);
    }

    private double dot(Kernels kernels) {
        kernels.forEachChunk(CHUNKS, chunk -> {
            int from = start(chunk);
            int to = start(chunk + 1);
            // eight accumulators: the add latency must not be what limits the loop
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
            int i = from;
            for (; i + 7 < to; i += 8) {
                s0 += b[i] * c[i];
                s1 += b[i + 1] * c[i + 1];
                s2 += b[i + 2] * c[i + 2];
                s3 += b[i + 3] * c[i + 3];
                s4 += b[i + 4] * c[i + 4];
                s5 += b[i + 5] * c[i + 5];
                s6 += b[i + 6] * c[i + 6];
                s7 += b[i + 7] * c[i + 7];
            }
            for (; i < to; i++) {
                s0 += b[i] * c[i];
            }
            partials[chunk] = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        });
        double s = 0;
        for (double p : partials) {
            s += p;
        }
        return s;
    }

    private void triad(Kernels kernels, double scalar) {
        kernels.forEachChunk(CHUNKS, chunk -> {
            for (int i = start(chunk), to = start(chunk + 1); i < to; i++) {
                a[i] = b[i] + scalar * c[i];
            }
        });
    }

    private int start(int chunk) {
        return (int) ((long) a.length * chunk / CHUNKS);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
