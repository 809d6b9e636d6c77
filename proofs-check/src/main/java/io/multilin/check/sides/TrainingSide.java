package io.multilin.check.sides;

import io.multilin.architecture.training.TrainingSetup;
import java.util.List;

/**
 * Port to the training experiment of training claims (docs/TRAINING-CLAIMS.md): the symbolic
 * bottleneck rank of the task generated from a seed, the depth sweep of trainings, and the
 * combination of several seeds' runs. Only shared vocabulary and the values of this package
 * cross it.
 */
public interface TrainingSide {

    /** No training side: for runs that check network claims only. */
    TrainingSide ABSENT = new TrainingSide() {
        @Override
        public RankPrediction bottleneckRank(TrainingSetup setup, long seed) {
            throw absent();
        }

        @Override
        public TrainedRun train(TrainingSetup setup, long seed, int threads, TrainingProgress progress) {
            throw absent();
        }

        @Override
        public DepthSummary summarize(List<TrainedRun> runs) {
            throw absent();
        }

        private IllegalStateException absent() {
            return new IllegalStateException("this run has no training side: it checks network claims only");
        }
    };

    /** The bottleneck rank of the target generated from {@code seed}; may throw (recorded as no rule). */
    RankPrediction bottleneckRank(TrainingSetup setup, long seed);

    /**
     * Trains at every depth with data and initializations from {@code seed}. Stops by throwing
     * when {@code progress} throws (the caller's interrupt) or training diverges.
     */
    TrainedRun train(TrainingSetup setup, long seed, int threads, TrainingProgress progress);

    /** The runs of several seeds of one setup, combined: per depth the medians over seeds, and their fit in L. */
    DepthSummary summarize(List<TrainedRun> runs);
}
