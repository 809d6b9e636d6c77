package io.multilin.numeric.ball;

import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.linear.ChainSupremum;
import java.util.List;

/**
 * The rank-one chain directions of {@link ChainSupremum} with a
 * bounded Lanczos budget ({@value #ITERATIONS} iterations on {@code A^T A} per gap between
 * perturbed layers). ChainSupremum converges each top singular vector to 1e-12, which costs up
 * to 500 chains of matvecs per gap: seconds per group at m = 1024, and a cell probes every
 * group. A probe only needs a direction; the supremum reported here is the one the returned
 * direction attains ({@code ||A v||} for the Ritz vector v), a lower bound of the exact group
 * supremum that agrees with it to the Ritz residual squared.
 */
final class BoundedChainDirections implements ChainDirections {

    static final int ITERATIONS = 25;
    static final double TOLERANCE = 1e-8;

    @Override
    public Chain chain(Network network, double[] w0, double[] x, List<Integer> layers, double radius, long seed) {
        ChainSupremum.Probe probe = ChainSupremum.of(network, w0, x, layers, radius,
                new LanczosNorm.Options(seed, ITERATIONS, TOLERANCE, true));
        return new Chain(probe.layers(), probe.supremum(), probe.factors());
    }
}
