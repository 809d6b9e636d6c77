package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.activation.Identity;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.SeededRandom;

/**
 * One (m, seed) cell of a ball measurement: the network at width m, its seeded initialization
 * {@code w0}, the seeded fixed input x and the radius R. Derived objects at {@code w0} (the
 * derivatives and the gradient) are computed once and shared by every probe of the cell. Not
 * thread-safe: one instance per cell.
 *
 * <p>Memory: the weights are the cell's only weight-sized array. Probe directions are
 * {@link RowSource}s (factors or a streamed Gaussian, O(widths)); the gradient is kept as its
 * rank-one factors; a ball point where derivatives are needed is formed in place
 * ({@link #at}) and w0 is then restored bit for bit by regenerating the moved layers from
 * the seed ({@link #restore}), since subtracting the move again would leave rounding behind.
 * Between the two, w0 and the derivatives at w0 are unavailable ({@link #w0()} refuses).
 */
final class BallCell {

    private final Network network;
    private final long seed;
    private final double radius;
    /** w0, or the ball point while {@link #moved} is set. */
    private final double[] weights;
    private final double[] input;
    private final boolean[] moved;
    private boolean away;
    private Derivatives atInit;
    private FactoredRows gradient;

    private BallCell(Network network, long seed, double radius) {
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("the ball radius must be positive and finite, got " + radius);
        }
        this.network = network;
        this.seed = seed;
        this.radius = radius;
        this.weights = Initialization.weights(network, seed);
        this.moved = new boolean[network.depth() + 1];
        this.input = Initialization.inputs(network, seed, 1)[0];
    }

    static BallCell of(Architecture architecture, long m, long seed, double radius) {
        return new BallCell(Network.of(architecture, m), seed, radius);
    }

    Network network() { return network; }

    long seed() { return seed; }

    double radius() { return radius; }

    /** {@code w0}; shared, never modified by its users. Not while the cell is at a ball point. */
    double[] w0() {
        if (away) {
            throw new IllegalStateException("w0 asked for while the cell's weights are at a ball point");
        }
        return weights;
    }

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
            atInit = new Derivatives(network, w0(), input);
        } else if (away) {
            // the derivatives read the weights array, which holds the ball point just now
            throw new IllegalStateException("derivatives at w0 asked for while the cell is at a ball point");
        }
        return atInit;
    }

    /** {@code grad f(w0; x)} as its rank-one factors; shared, never modified. */
    FactoredRows gradientAtInit() {
        if (gradient == null) {
            gradient = FactoredRows.gradient(derivativesAtInit());
        }
        return gradient;
    }

    /** A seed for one purpose of this cell (Lanczos starts, random probes), from (seed, m, purpose). */
    long seedFor(String purpose, long index) {
        return SeededRandom.stream(seed, network.m(), "ball-" + purpose, index).nextLong();
    }

    /**
     * Moves the weights to {@code w0 + s u} in place and returns them (for derivatives at the
     * point); {@link #restore} follows before anything at w0 is used again.
     */
    private double[] moveTo(RowSource u, double s) {
        double[] w = w0();
        away = true;
        for (int l = 1; l <= network.depth(); l++) {
            moved[l] = u.covers(l);
        }
        Rows.addTo(u, s, w, network.layout());
        return w;
    }

    /** {@code work} applied to the weights at {@code w0 + s u}, w0 restored afterwards whatever happens. */
    <T> T at(RowSource u, double s, java.util.function.Function<double[], T> work) {
        double[] w = moveTo(u, s);
        try {
            return work.apply(w);
        } finally {
            restore();
        }
    }

    /** Back to w0 exactly: the moved layers regenerated from the seed. */
    private void restore() {
        for (int l = 1; l <= network.depth(); l++) {
            if (moved[l]) {
                Initialization.refill(network, seed, l, weights);
                moved[l] = false;
            }
        }
        away = false;
    }

    static void checkInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("ball measurement cancelled");
        }
    }
}
