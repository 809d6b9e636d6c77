package io.multilin.numeric.training;

import io.multilin.architecture.training.TrainingSchedule;
import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.activation.Relu;
import java.util.Arrays;
import java.util.Objects;

/**
 * Everything the {@code train:} section of a claim fixes: the task, the depths of the sweep,
 * the hidden width, the weight decay lambda, the optimizer and its schedule, the hidden
 * activation and whether layers have biases.
 */
public record TrainingSpec(TaskSpec task, int[] depths, int width, double weightDecay, Optimizer optimizer,
                           TrainingSchedule schedule, ActivationFunction activation, boolean biases) {

    public TrainingSpec {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(activation, "activation");
        depths = depths.clone();
        if (depths.length == 0) {
            throw new IllegalArgumentException("at least one depth is needed");
        }
        for (int i = 0; i < depths.length; i++) {
            if (depths[i] < 2 || (i > 0 && depths[i] <= depths[i - 1])) {
                throw new IllegalArgumentException("depths must be increasing and at least 2: " + Arrays.toString(depths));
            }
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a finite number >= 0, got " + weightDecay);
        }
    }

    /** Relu, biases on, Adam, the default plateau schedule. */
    public static TrainingSpec of(TaskSpec task, int[] depths, int width, double weightDecay, double learningRate,
                                  int steps) {
        return new TrainingSpec(task, depths, width, weightDecay, Optimizer.Adam.DEFAULT,
                TrainingSchedule.of(learningRate, steps), new Relu(), true);
    }

    @Override
    public int[] depths() {
        return depths.clone();
    }

    /** The network trained at depth L. */
    public TrainableNetwork network(int depth) {
        return TrainableNetwork.deep(task.inputDim(), width, task.outputDim(), depth, activation, biases);
    }
}
