package io.multilin.check.sides.real;

import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.TrainedDepth;
import io.multilin.check.sides.TrainedRun;
import io.multilin.check.sides.TrainingProgress;
import io.multilin.check.sides.TrainingSide;
import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.training.DepthResult;
import io.multilin.numeric.training.LearnedBottleneckExperiment;
import io.multilin.numeric.training.LearnedStructure;
import io.multilin.numeric.training.Optimizer;
import io.multilin.numeric.training.SeedMedian;
import io.multilin.numeric.training.SyntheticTask;
import io.multilin.numeric.training.TaskSpec;
import io.multilin.numeric.training.TrainingSpec;
import io.multilin.symbolic.rank.BottleneckRank;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The training port backed by numeric.training and symbolic.rank, on the very same generated
 * task: the shared setup is translated into the trainer's spec, and its results into the port's
 * values.
 */
public final class TrainingAdapter implements TrainingSide {

    @Override
    public RankPrediction bottleneckRank(TrainingSetup setup, long seed) {
        SyntheticTask task = SyntheticTask.generate(task(setup.task()), seed);
        BottleneckRank rank = BottleneckRank.of(new io.multilin.symbolic.rank.TaskSpec(task.spec().latentDim(),
                task.targetFirst(), task.targetSecond(), task.inputFirst(), task.inputSecond()));
        return new RankPrediction(rank.rank(), rank.upperBound(), rank.exact(), rank.inputMapRank(), rank.derivation());
    }

    @Override
    public TrainedRun train(TrainingSetup setup, long seed, int threads, TrainingProgress progress) {
        LearnedStructure run = LearnedBottleneckExperiment.run(spec(setup), seed, threads, progress::done);
        return new TrainedRun(run.seed(), run.depths().stream().map(TrainingAdapter::depth).toList(), run.seconds());
    }

    @Override
    public DepthSummary summarize(List<TrainedRun> runs) {
        int[] depths = runs.get(0).depths().stream().mapToInt(TrainedDepth::depth).toArray();
        double[][] rests = runs.stream().map(r -> r.depths().stream().mapToDouble(TrainedDepth::restNormRms).toArray())
                .toArray(double[][]::new);
        double[] medians = SeedMedian.medians(rests);
        Optional<LogLogFit> fit = SeedMedian.fit(depths, medians);
        List<Long> used = Arrays.stream(depths).mapToObj(d -> (long) d).toList();
        // in the depth L each depth trains its own networks: the medians are independent across depths,
        // and every seed's run entered each median
        Optional<Fit> converted = fit.map(f -> new Fit(f.slope(), f.slopeLow(), f.slopeHigh(), f.rSquared(), f.n(),
                used, runs.size(), 0.95));
        String note = fit.isPresent() ? "" : "no fit: it needs at least 3 depths with a positive median rest norm";
        return new DepthSummary(depths, runs.stream().map(TrainedRun::learnedRanks).toArray(int[][]::new),
                runs.stream().map(TrainedRun::representationRanks).toArray(int[][]::new),
                runs.stream().map(TrainedRun::jacobianRanks).toArray(int[][]::new), medians, converted, note);
    }

    static TrainingSpec spec(TrainingSetup setup) {
        return new TrainingSpec(task(setup.task()), setup.depths().stream().mapToInt(Integer::intValue).toArray(),
                setup.width(), setup.weightDecay(), optimizer(setup.optimizer()), setup.schedule(),
                ActivationFunction.of(setup.activation()), setup.biases());
    }

    private static TaskSpec task(TaskShape t) {
        return new TaskSpec(t.latent(), t.inputs(), t.uses(), t.outputs(), t.generatorWidth(), t.samples());
    }

    private static Optimizer optimizer(OptimizerChoice choice) {
        return choice.accept(new OptimizerChoice.Cases<>() {
            @Override
            public Optimizer gradientDescent(OptimizerChoice.GradientDescent gd) {
                return new Optimizer.GradientDescent();
            }

            @Override
            public Optimizer adam(OptimizerChoice.Adam a) {
                return new Optimizer.Adam(a.beta1(), a.beta2(), a.epsilon());
            }
        });
    }

    private static TrainedDepth depth(DepthResult d) {
        List<List<Double>> singular = Arrays.stream(d.singularValues())
                .map(layer -> Arrays.stream(layer).boxed().toList()).toList();
        return new TrainedDepth(d.depth(), d.training().steps(), d.training().stop(), d.training().last().fit(),
                d.training().last().regularized(), singular, Arrays.stream(d.nearOneCounts()).boxed().toList(),
                d.middleFrom(), d.middleTo(), d.learnedRank(), d.agreeingMiddleLayers(), d.restNormRms(),
                d.largestRest(), Arrays.stream(d.representationRanks()).boxed().toList(), d.representationMiddleRank(),
                d.jacobianRank());
    }
}
