package io.multilin.numeric.training;

import io.multilin.architecture.training.StopReason;
import java.util.List;

/**
 * The outcome of one training: final parameters, why it stopped, and a summary of the loss
 * curve.
 *
 * @param parameters the trained parameters (the array trained in place)
 * @param steps      gradient steps taken
 * @param stop       why training ended (plateau or step budget)
 * @param initial    loss at the start
 * @param last       loss at the end
 * @param curve      the loss at about {@value Trainer#CURVE_POINTS} evenly spaced steps and at the last
 */
public record TrainingRun(double[] parameters, int steps, StopReason stop, RegularizedLoss.Value initial,
                          RegularizedLoss.Value last, List<CurvePoint> curve) {

    /** Regularized and fit loss at one step, with the learning rate then in force. */
    public record CurvePoint(int step, double regularized, double fit, double learningRate) {
    }
}
