package io.multilin.check.sides;

import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.training.DepthResult;
import io.multilin.numeric.training.LearnedStructure;
import io.multilin.numeric.training.SeedMedian;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the verdicts of training claims read from the runs of several seeds (same spec): per seed
 * and depth the three ranks, per depth the median over seeds of the RMS rest norm, and the
 * log-log fit of those medians on L (docs/TRAINING-CLAIMS.md, sections 4 and 5). Arrays are
 * indexed [seed][depth].
 */
public record DepthSummary(int[] depths, int[][] learnedRanks, int[][] representationRanks, int[][] jacobianRanks,
                           double[] restMedians, Optional<Fit> restFit, String fitNote) {

    public DepthSummary {
        depths = depths.clone();
        restMedians = restMedians.clone();
        for (int[][] ranks : List.of(learnedRanks, representationRanks, jacobianRanks)) {
            for (int[] perSeed : ranks) {
                if (perSeed.length != depths.length) {
                    throw new IllegalArgumentException("one rank per depth is needed");
                }
            }
        }
    }

    public static DepthSummary of(List<LearnedStructure> runs) {
        int[] depths = runs.get(0).depths().stream().mapToInt(DepthResult::depth).toArray();
        int[][] learned = runs.stream().map(LearnedStructure::learnedRanks).toArray(int[][]::new);
        int[][] representation = runs.stream().map(LearnedStructure::representationRanks).toArray(int[][]::new);
        int[][] jacobian = runs.stream().map(LearnedStructure::jacobianRanks).toArray(int[][]::new);
        double[] medians = SeedMedian.restMedians(runs);
        Optional<LogLogFit> fit = SeedMedian.restFit(runs);
        List<Long> used = new ArrayList<>();
        for (int d : depths) {
            used.add((long) d);
        }
        // in the depth L each depth trains its own networks: the medians are independent across depths
        Optional<Fit> converted = fit.map(f -> new Fit(f.slope(), f.slopeLow(), f.slopeHigh(), f.rSquared(), f.n(),
                used, runs.size() / Math.max(1, depths.length), 0.95));
        String note = fit.isPresent() ? "" : "no fit: it needs at least 3 depths with a positive median rest norm";
        return new DepthSummary(depths, learned, representation, jacobian, medians, converted, note);
    }

    /**
     * The depths at or above the median depth of the sweep: the theory is asymptotic in L, so
     * rank verdicts rest on these (the same rule as {@link LearnedStructure#upperDepths()}).
     */
    public List<Integer> upperDepthIndices() {
        int n = depths.length;
        double median = (depths[(n - 1) / 2] + depths[n / 2]) / 2.0;
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (depths[i] >= median) {
                result.add(i);
            }
        }
        return result;
    }

    /** Per depth, the median over seeds of a rank (the lower middle value for an even number of seeds). */
    public static int[] medianOverSeeds(int[][] ranks) {
        int depthCount = ranks[0].length;
        int[] result = new int[depthCount];
        for (int d = 0; d < depthCount; d++) {
            int[] values = new int[ranks.length];
            for (int s = 0; s < ranks.length; s++) {
                values[s] = ranks[s][d];
            }
            java.util.Arrays.sort(values);
            result[d] = values[(values.length - 1) / 2];
        }
        return result;
    }
}
