package io.multilin.check.sides;

import java.util.List;

/**
 * How to sweep: the widths m (increasing), seeds per width, the base seed from which every
 * random stream is derived (with width and purpose), worker threads, the ball radius, the
 * confidence level of the slope interval (0.95 on a first look, higher when a sweep is repeated
 * with more seeds) and where to report progress.
 */
public record NumericSettings(List<Long> widths, int seeds, long baseSeed, int threads, double radius,
                              double confidence, ProgressListener progress) {

    public static final double CONFIDENCE = 0.95;

    public NumericSettings {
        widths = List.copyOf(widths);
        if (widths.isEmpty() || seeds < 1 || threads < 1 || !(radius > 0)) {
            throw new IllegalArgumentException("a sweep needs widths, seeds >= 1, threads >= 1 and a radius > 0");
        }
        if (!(confidence >= CONFIDENCE && confidence < 1)) {
            throw new IllegalArgumentException("the slope interval's confidence must be in [0.95, 1), got " + confidence);
        }
    }

    public NumericSettings(List<Long> widths, int seeds, long baseSeed, int threads, double radius,
                           ProgressListener progress) {
        this(widths, seeds, baseSeed, threads, radius, CONFIDENCE, progress);
    }

    public NumericSettings withSeeds(int seeds, double confidence) {
        return new NumericSettings(widths, seeds, baseSeed, threads, radius, confidence, progress);
    }

    public NumericSettings withWidths(List<Long> widths) {
        return new NumericSettings(widths, seeds, baseSeed, threads, radius, confidence, progress);
    }
}
