package io.multilin.numeric.ball;

import io.multilin.numeric.engine.FactoredRows;
import io.multilin.numeric.engine.Network;
import java.util.List;

/**
 * The rank-one chain directions of a linear network: for a group S of perturbed layers, the
 * direction of norm R (split evenly over S) that maximizes the group-S term of
 * {@code f(w0 + D)}, with that maximum. Exact for linear networks only.
 */
interface ChainDirections {

    /** A group's maximizing direction (norm R, supported on {@code layers}) and its supremum. */
    record Chain(List<Integer> layers, double supremum, FactoredRows direction) {
    }

    Chain chain(Network network, double[] w0, double[] x, List<Integer> layers, double radius, long seed);
}
