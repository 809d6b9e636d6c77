package io.multilin.numeric.ball;

import io.multilin.numeric.engine.RowSource;
import java.util.function.Supplier;

/**
 * A named probe direction in the full weight space, computed only when asked for and given row
 * by row ({@link RowSource}: factors or a streamed Gaussian, never a weight-sized array, so
 * that a cell's only weight-sized array is w0). The direction has unit norm; ball points are
 * {@code w0 + s * direction} with {@code |s| <= R}.
 */
record Probe(String name, Supplier<RowSource> direction) {
}
