package io.multilin.numeric.training;

import io.multilin.numeric.fit.LogLogFit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Combines the experiments of several seeds (same spec): per depth, the median over seeds of
 * the RMS rest norm, and the log-log fit of those medians on L (docs/TRAINING-CLAIMS.md: median
 * over seeds, then fit).
 */
public final class SeedMedian {

    private SeedMedian() {
    }

    /** Per depth (in the spec's order), the median over the runs of {@link DepthResult#restNormRms()}. */
    public static double[] restMedians(List<LearnedStructure> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to combine");
        }
        int depths = runs.get(0).depths().size();
        double[] medians = new double[depths];
        for (int d = 0; d < depths; d++) {
            double[] values = new double[runs.size()];
            for (int r = 0; r < runs.size(); r++) {
                LearnedStructure run = runs.get(r);
                if (run.depths().size() != depths || run.depths().get(d).depth() != runs.get(0).depths().get(d).depth()) {
                    throw new IllegalArgumentException("runs were made with different depths");
                }
                values[r] = run.depths().get(d).restNormRms();
            }
            Arrays.sort(values);
            int n = values.length;
            medians[d] = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
        }
        return medians;
    }

    /** The fit of the medians on L; empty when a median is 0 or fewer than 3 depths. */
    public static Optional<LogLogFit> restFit(List<LearnedStructure> runs) {
        double[] medians = restMedians(runs);
        double[] depths = runs.get(0).depths().stream().mapToDouble(DepthResult::depth).toArray();
        if (depths.length < LogLogFit.MIN_POINTS || Arrays.stream(medians).anyMatch(v -> !(v > 0))) {
            return Optional.empty();
        }
        return Optional.of(LogLogFit.of(depths, medians));
    }
}
