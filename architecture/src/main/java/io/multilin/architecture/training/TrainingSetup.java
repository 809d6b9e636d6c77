package io.multilin.architecture.training;

import io.multilin.architecture.Activation;
import java.util.List;
import java.util.Objects;

/**
 * Everything the {@code train:} section of a claim fixes: the task, the depths of the sweep
 * (increasing, at least 2), the hidden width, the weight decay lambda, the optimizer and its
 * schedule, the hidden activation and whether layers have biases. A value: two setups that are
 * equal train the same networks from the same seed.
 */
public record TrainingSetup(TaskShape task, List<Integer> depths, int width, double weightDecay,
                            OptimizerChoice optimizer, TrainingSchedule schedule, Activation activation,
                            boolean biases) {

    public TrainingSetup {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(activation, "activation");
        depths = List.copyOf(depths);
        if (depths.isEmpty()) {
            throw new IllegalArgumentException("at least one depth is needed");
        }
        for (int i = 0; i < depths.size(); i++) {
            if (depths.get(i) < 2 || (i > 0 && depths.get(i) <= depths.get(i - 1))) {
                throw new IllegalArgumentException("depths must be increasing and at least 2: " + depths);
            }
        }
        if (width < 1) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a finite number >= 0, got " + weightDecay);
        }
    }
}
