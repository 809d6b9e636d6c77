package io.multilin.architecture.training;

/**
 * Learning rate and stopping: start at {@code learningRate}; when the regularized loss has
 * improved by less than {@code plateauTolerance} (relative) over the last {@code plateauWindow}
 * steps, divide the rate by 10, at most {@code decays} times; the next plateau after the last
 * decay stops training. Never more than {@code maxSteps} steps.
 */
public record TrainingSchedule(double learningRate, int maxSteps, int plateauWindow, double plateauTolerance,
                               int decays) {

    public TrainingSchedule {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + learningRate);
        }
        if (maxSteps < 1 || plateauWindow < 1 || decays < 0) {
            throw new IllegalArgumentException("steps and plateau window must be positive, decays >= 0");
        }
        if (!(plateauTolerance >= 0)) {
            throw new IllegalArgumentException("plateau tolerance must be >= 0, got " + plateauTolerance);
        }
    }

    /** What claim files get for a rate and a step budget: window steps/20 (at least 50), tolerance 1e-3, two decays. */
    public static TrainingSchedule of(double learningRate, int maxSteps) {
        return new TrainingSchedule(learningRate, maxSteps, Math.max(50, maxSteps / 20), 1e-3, 2);
    }
}
