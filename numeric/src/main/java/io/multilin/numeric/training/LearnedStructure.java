package io.multilin.numeric.training;

import io.multilin.numeric.fit.LogLogFit;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of {@link LearnedBottleneckExperiment#run}: one {@link DepthResult} per depth and
 * the fit of the size of the small singular values against depth.
 *
 * @param spec        what was trained
 * @param seed        the seed of data and initializations
 * @param task        the generated data (with the generating weights, for the symbolic side)
 * @param depths      per-depth results, in increasing depth
 * @param restFit     log-log fit of {@link DepthResult#restNormRms()} on L; empty when fewer than
 *                    {@value LogLogFit#MIN_POINTS} depths have a positive rest norm
 * @param restFitNote why the fit is missing, or "" when present
 * @param seconds     wall time of the whole experiment
 */
public record LearnedStructure(TrainingSpec spec, long seed, SyntheticTask task, List<DepthResult> depths,
                               Optional<LogLogFit> restFit, String restFitNote, double seconds) {

    /** Learned rank (middle-layer mode of the near-1 counts) at each depth, in order. */
    public int[] learnedRanks() {
        return depths.stream().mapToInt(DepthResult::learnedRank).toArray();
    }

    /** Middle-layer representation rank at each depth, in order. */
    public int[] representationRanks() {
        return depths.stream().mapToInt(DepthResult::representationMiddleRank).toArray();
    }

    /** Median Jacobian rank at each depth, in order. */
    public int[] jacobianRanks() {
        return depths.stream().mapToInt(DepthResult::jacobianRank).toArray();
    }

    /**
     * The depths at or above the median depth of the sweep (the upper half): the theory is
     * asymptotic in L, so rank verdicts rest on these (docs/TRAINING-CLAIMS.md, section 5).
     */
    public List<DepthResult> upperDepths() {
        int n = depths.size();
        double median = (depths.get((n - 1) / 2).depth() + depths.get(n / 2).depth()) / 2.0;
        return depths.stream().filter(r -> r.depth() >= median).toList();
    }
}
