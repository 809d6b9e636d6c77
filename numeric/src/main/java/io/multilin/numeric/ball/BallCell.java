package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.activation.Identity;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.SeededRandom;
import io.multilin.numeric.engine.Vectors;

/**
 * One (m, seed) cell of a ball measurement: the network at width m, its seeded initialization
 * {@code w0}, the seeded fixed input x and the radius R. Derived objects at {@code w0} (the
 * derivatives and the gradient) are computed once and shared by every probe of the cell. Not
 * thread-safe: one instance per cell.
 */
final class BallCell {

    private final Network network;
    private final long seed;
    private final double radius;
    private final double[] w0;
    private final double[] input;
    private Derivatives atInit;
    private double[] gradient;

    private BallCell(Network network, long seed, double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the ball radius must be positive and finite, got " + radius);
        }
        this.network = network;
        this.seed = seed;
        this.radius = radius;
        this.w0 = Initialization.weights(network, seed);
        this.input = Initialization.inputs(network, seed, 1)[0];
    }

    static BallCell of(Architecture architecture, long m, long seed, double radius) {
        return new BallCell(Network.of(architecture, m), seed, radius);
    }

    Network network() { return network; }

    long seed() { return seed; }

    double radius() { return radius; }

    /** {@code w0}; shared, never modified. */
    double[] w0() { return w0; }

    /** The fixed input x (the first of the seeded inputs). */
    double[] input() { return input; }

    /** {@code count} seeded inputs; the first one is {@link #input()}. */
    double[][] inputs(int count) {
        return Initialization.inputs(network, seed, count);
    }

    int total() { return network.layout().total(); }

    /** Linear activation and linear output: the chain suprema of the linear package are exact. */
    boolean isLinear() {
        return network.activation() instanceof Identity && network.output() instanceof Identity;
    }

    int maxWidth() {
        int max = 0;
        for (int i = 0; i <= network.depth(); i++) {
            max = Math.max(max, network.width(i));
        }
        return max;
    }

    Derivatives derivativesAtInit() {
        if (atInit == null) {
            atInit = new Derivatives(network, w0, input);
        }
        return atInit;
    }

    /** {@code grad f(w0; x)}; shared, never modified. */
    double[] gradientAtInit() {
        if (gradient == null) {
            gradient = new double[total()];
            derivativesAtInit().gradient(gradient);
        }
        return gradient;
    }

    /** A seed for one purpose of this cell (Lanczos starts, random probes), from (seed, m, purpose). */
    long seedFor(String purpose, long index) {
        return SeededRandom.stream(seed, network.m(), "ball-" + purpose, index).nextLong();
    }

    /** {@code out = w0 + s u}. */
    void pointInto(double[] u, double s, double[] out) {
        System.arraycopy(w0, 0, out, 0, w0.length);
        Vectors.axpy(s, u, out);
    }

    /** A new array {@code w0 + s u}. */
    double[] point(double[] u, double s) {
        double[] out = new double[w0.length];
        pointInto(u, s, out);
        return out;
    }

    static void checkInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("ball measurement cancelled");
        }
    }
}
