package io.multilin.numeric.ball;

import java.util.function.Supplier;

/**
 * A named probe direction in the full weight space, computed only when asked for (directions
 * are as large as the network, so a cell holds few of them at a time). The direction has unit
 * norm; ball points are {@code w0 + s * direction} with {@code |s| <= R}.
 */
record Probe(String name, Supplier<double[]> direction) {
}
