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
}
