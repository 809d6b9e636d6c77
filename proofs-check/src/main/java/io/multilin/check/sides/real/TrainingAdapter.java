package io.multilin.check.sides.real;

import io.multilin.check.claim.Training;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.TrainingSide;
import io.multilin.numeric.sweep.SweepProgress;
import io.multilin.numeric.training.LearnedBottleneckExperiment;
import io.multilin.numeric.training.LearnedStructure;
import io.multilin.numeric.training.SyntheticTask;
import io.multilin.symbolic.rank.BottleneckRank;
import io.multilin.symbolic.rank.TaskSpec;

/** The training port backed by numeric.training and symbolic.rank, on the very same generated task. */
public final class TrainingAdapter implements TrainingSide {

    @Override
    public RankPrediction bottleneckRank(Training training, long seed) {
        SyntheticTask task = SyntheticTask.generate(training.spec().task(), seed);
        BottleneckRank rank = BottleneckRank.of(new TaskSpec(task.spec().latentDim(), task.targetFirst(),
                task.targetSecond(), task.inputFirst(), task.inputSecond()));
        return new RankPrediction(rank.rank(), rank.upperBound(), rank.exact(), rank.inputMapRank(), rank.derivation());
    }

    @Override
    public LearnedStructure train(Training training, long seed, int threads, SweepProgress progress) {
        return LearnedBottleneckExperiment.run(training.spec(), seed, threads, progress);
    }
}
