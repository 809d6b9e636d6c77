package io.multilin.numeric.training;

import io.multilin.architecture.training.StopReason;
import io.multilin.architecture.training.TrainingSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.IntConsumer;

/**
 * Full-batch training of a {@link TrainableNetwork} on the regularized loss, with the
 * plateau-driven schedule of {@link TrainingSchedule}. Deterministic: the loss is computed in fixed
 * chunks summed in a fixed order (see {@link RegularizedLoss}).
 */
public final class Trainer {

    /** Points kept of the loss curve (evenly spaced in steps, plus the last). */
    static final int CURVE_POINTS = 40;

    private Trainer() {
    }

    /**
     * Trains from {@code theta} (modified in place).
     *
     * @param onStep called after every step with the number of steps done (may be null)
     * @throws IllegalStateException when the loss becomes NaN or infinite (never hidden)
     */
    public static TrainingRun train(RegularizedLoss loss, double[] theta, Optimizer optimizer, TrainingSchedule schedule,
                                    ExecutorService pool, IntConsumer onStep) {
        double[] grad = new double[theta.length];
        Optimizer.Stepper stepper = optimizer.stepper(theta.length);
        double lr = schedule.learningRate();
        int curveEvery = Math.max(1, schedule.maxSteps() / CURVE_POINTS);
        List<TrainingRun.CurvePoint> curve = new ArrayList<>();
        double[] history = new double[schedule.maxSteps() + 1];
        RegularizedLoss.Value first = loss.evaluate(theta, grad, pool);
        RegularizedLoss.Value value = first;
        int lastChange = 0;
        int decaysLeft = schedule.decays();
        StopReason stop = new StopReason.StepBudget();
        int step = 0;
        while (true) {
            check(value, step);
            history[step] = value.regularized();
            if (step % curveEvery == 0) {
                curve.add(new TrainingRun.CurvePoint(step, value.regularized(), value.fit(), lr));
            }
            if (step == schedule.maxSteps()) {
                break;
            }
            if (step - lastChange >= schedule.plateauWindow() && onPlateau(history, step, schedule)) {
                if (decaysLeft == 0) {
                    stop = new StopReason.Plateau(step);
                    break;
                }
                decaysLeft--;
                lr /= 10;
                lastChange = step;
            }
            stepper.step(theta, grad, lr);
            step++;
            value = loss.evaluate(theta, grad, pool);
            if (onStep != null) {
                onStep.accept(step);
            }
        }
        if (curve.get(curve.size() - 1).step() != step) {
            curve.add(new TrainingRun.CurvePoint(step, value.regularized(), value.fit(), lr));
        }
        return new TrainingRun(theta, step, stop, first, value, List.copyOf(curve));
    }

    /** Relative improvement of the best loss over the last window below the tolerance. */
    static boolean onPlateau(double[] history, int step, TrainingSchedule schedule) {
        int window = schedule.plateauWindow();
        double bestBefore = Double.POSITIVE_INFINITY;
        for (int t = 0; t <= step - window; t++) {
            bestBefore = Math.min(bestBefore, history[t]);
        }
        double bestRecent = Double.POSITIVE_INFINITY;
        for (int t = step - window + 1; t <= step; t++) {
            bestRecent = Math.min(bestRecent, history[t]);
        }
        return bestBefore - bestRecent < schedule.plateauTolerance() * Math.abs(bestBefore);
    }

    private static void check(RegularizedLoss.Value value, int step) {
        if (!Double.isFinite(value.regularized())) {
            throw new IllegalStateException("the regularized loss is " + value.regularized() + " at step " + step
                    + " (diverged: lower the learning rate)");
        }
    }
}
