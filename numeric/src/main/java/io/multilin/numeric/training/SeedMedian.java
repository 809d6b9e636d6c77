package io.multilin.numeric.training;

import io.multilin.numeric.fit.LogLogFit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Combines the experiments of several seeds (same spec): per depth, the median over seeds of
 * the RMS rest norm, and the log-log fit of those medians on L (docs/TRAINING-CLAIMS.md: median
 * over seeds, then fit), on plain values: the training port hands the runs' RMS rest values over
 * as such ({@code TrainingAdapter.summarize}).
 */
public final class SeedMedian {

    private SeedMedian() {
    }

    /** Per depth, the median over runs of {@code values[run][depth]} (the mean of the middle two for an even count). */
    public static double[] medians(double[][] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no runs to combine");
        }
        int depths = values[0].length;
        double[] medians = new double[depths];
        for (int d = 0; d < depths; d++) {
            double[] column = new double[values.length];
            for (int r = 0; r < values.length; r++) {
                if (values[r].length != depths) {
                    throw new IllegalArgumentException("runs were made with different depths");
                }
                column[r] = values[r][d];
            }
            Arrays.sort(column);
            int n = column.length;
            medians[d] = n % 2 == 1 ? column[n / 2] : (column[n / 2 - 1] + column[n / 2]) / 2;
        }
        return medians;
    }

    /** The log-log fit of the medians on L; empty when a median is not positive or fewer than 3 depths. */
    public static Optional<LogLogFit> fit(int[] depths, double[] medians) {
        if (depths.length < LogLogFit.MIN_POINTS || Arrays.stream(medians).anyMatch(v -> !(v > 0))) {
            return Optional.empty();
        }
        return Optional.of(LogLogFit.of(Arrays.stream(depths).asDoubleStream().toArray(), medians));
    }
}
