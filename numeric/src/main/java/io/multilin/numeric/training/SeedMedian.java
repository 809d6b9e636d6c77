package io.multilin.numeric.training;

import io.multilin.numeric.fit.LogLogFit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Combines the experiments of several seeds (same spec): per depth, the median over seeds of
 * the RMS rest norm, and the log-log fit of those medians on L (docs/TRAINING-CLAIMS.md: median
 * over seeds, then fit). The rule works on plain values, so that results carried across a port
 * (as plain values) are combined by the same code as the runs themselves.
 */
public final class SeedMedian {

    private SeedMedian() {
    }

    /** Per depth (in the spec's order), the median over the runs of {@link DepthResult#restNormRms()}. */
    public static double[] restMedians(List<LearnedStructure> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to combine");
        }
        int[] depths = depths(runs.get(0));
        double[][] values = new double[runs.size()][];
        for (int r = 0; r < runs.size(); r++) {
            if (!Arrays.equals(depths(runs.get(r)), depths)) {
                throw new IllegalArgumentException("runs were made with different depths");
            }
            values[r] = runs.get(r).depths().stream().mapToDouble(DepthResult::restNormRms).toArray();
        }
        return medians(values);
    }

    /** The fit of the medians on L; empty when a median is 0 or fewer than 3 depths. */
    public static Optional<LogLogFit> restFit(List<LearnedStructure> runs) {
        return fit(depths(runs.get(0)), restMedians(runs));
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

    private static int[] depths(LearnedStructure run) {
        return run.depths().stream().mapToInt(DepthResult::depth).toArray();
    }
}
