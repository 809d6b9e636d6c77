package io.multilin.numeric.engine;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * A seeded Gaussian direction streamed again on every use instead of stored: the stream fills
 * the rows of the given layers in increasing (layer, row) order, after {@code skip} samples
 * that belong to something else (an earlier side of a Lanczos start). A cursor samples through
 * the rows its caller skips, so every row is the one the dense vector had. Sampling costs about
 * as much as a few passes over the rows: callers stream a direction a few times per probe.
 */
final class GaussianRows implements RowSource {

    private final ParameterLayout layout;
    private final Supplier<ZigguratSampler.NormalizedGaussian> stream;
    private final long skip;
    private final Set<Integer> layers;

    GaussianRows(ParameterLayout layout, Supplier<ZigguratSampler.NormalizedGaussian> stream, long skip,
                 Set<Integer> layers) {
        this.layout = layout;
        this.stream = stream;
        this.skip = skip;
        this.layers = new TreeSet<>(layers);
    }

    @Override
    public boolean covers(int l) {
        return layers.contains(l);
    }

    @Override
    public Cursor open() {
        ZigguratSampler.NormalizedGaussian gauss = stream.get();
        for (long k = 0; k < skip; k++) {
            gauss.sample();
        }
        // The next row the stream will produce: layer nextLayer, row nextRow.
        int[] next = {first(), 0};
        return (l, i, out) -> {
            while (next[0] < l || (next[0] == l && next[1] < i)) {
                for (int j = 0; j < layout.columns(next[0]); j++) {
                    gauss.sample();
                }
                advance(next);
            }
            if (next[0] != l || next[1] != i) {
                throw new IllegalStateException("row (" + l + ", " + i + ") asked for after (" + next[0] + ", "
                        + next[1] + ") or off the layers " + layers);
            }
            for (int j = 0; j < out.length; j++) {
                out[j] = gauss.sample();
            }
            advance(next);
        };
    }

    private int first() {
        return layers.isEmpty() ? Integer.MAX_VALUE : ((TreeSet<Integer>) layers).first();
    }

    private void advance(int[] next) {
        next[1]++;
        if (next[1] == layout.rows(next[0])) {
            Integer higher = ((TreeSet<Integer>) layers).higher(next[0]);
            next[0] = higher == null ? Integer.MAX_VALUE : higher;
            next[1] = 0;
        }
    }
}
