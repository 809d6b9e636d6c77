package io.multilin.check.sides;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the verdicts of training claims read from the runs of several seeds (same spec): per seed
 * and depth the three ranks, per depth the median over seeds of the RMS rest norm, and the
 * log-log fit of those medians on L (docs/TRAINING-CLAIMS.md, sections 4 and 5), as the
 * training port combines them ({@link TrainingSide#summarize}). Arrays are indexed
 * [seed][depth].
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

    /**
     * The depths at or above the median depth of the sweep: the theory is asymptotic in L, so
     * rank verdicts rest on these. This is the one place the rule is written.
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
