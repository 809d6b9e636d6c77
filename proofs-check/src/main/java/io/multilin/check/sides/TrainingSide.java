package io.multilin.check.sides;

import io.multilin.check.claim.Training;
import io.multilin.numeric.sweep.SweepProgress;
import io.multilin.numeric.training.LearnedStructure;

/**
 * Port to the training experiment of training claims (docs/TRAINING-CLAIMS.md): the symbolic
 * bottleneck rank of the task generated from a seed, and the depth sweep of trainings.
 */
public interface TrainingSide {

    /** The bottleneck rank of the target generated from {@code seed}; may throw (recorded as no rule). */
    RankPrediction bottleneckRank(Training training, long seed);

    /**
     * Trains at every depth with data and initializations from {@code seed}. Stops by throwing
     * when {@code progress} throws (the caller's interrupt) or training diverges.
     */
    LearnedStructure train(Training training, long seed, int threads, SweepProgress progress);
}
