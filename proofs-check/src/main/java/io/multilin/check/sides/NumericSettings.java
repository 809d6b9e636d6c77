package io.multilin.check.sides;

import java.util.List;

/**
 * How to sweep: the widths m (increasing), seeds per width, the base seed from which every
 * random stream is derived (with width and purpose), worker threads, the ball radius and where
 * to report progress.
 */
public record NumericSettings(List<Long> widths, int seeds, long baseSeed, int threads, double radius,
                              ProgressListener progress) {

    public NumericSettings {
        widths = List.copyOf(widths);
        if (widths.isEmpty() || seeds < 1 || threads < 1 || !(radius > 0)) {
            throw new IllegalArgumentException("a sweep needs widths, seeds >= 1, threads >= 1 and a radius > 0");
        }
    }
}
