package io.multilin.check.claim;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The steps a dynamics assertion looks at: steps {@code t} of full-batch gradient descent (or
 * Adam) on {@code 1/2 (f(x) - target)^2} at the fixed input, layer rates {@code lr m^{-c_l}}
 * (docs/DYNAMICS.md), times {@code m^firstLr} at the first step only (a large first step, as in
 * Hajjar et al.'s fix for deep integrable networks; 0, the default, keeps one rate throughout).
 * Steps are distinct, increasing, from 1 to {@link #MAX_STEP}.
 */
public record GradientSteps(List<Integer> steps, double target, double lr, OptimizerChoice optimizer,
                            Fraction firstLr) {

    /** A dynamics claim is about the first few steps at growing width, not about convergence. */
    public static final int MAX_STEP = 20;
    public static final double DEFAULT_TARGET = 1.0;
    public static final double DEFAULT_LR = 0.1;

    public GradientSteps {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("at least one step");
        }
        for (int i = 0; i < steps.size(); i++) {
            int t = steps.get(i);
            if (t < 1 || t > MAX_STEP || (i > 0 && t <= steps.get(i - 1))) {
                throw new IllegalArgumentException("steps must increase from 1 to " + MAX_STEP + ", got " + steps);
            }
        }
        if (!Double.isFinite(target) || !(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("a finite target and a positive rate, got " + target + " and " + lr);
        }
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(firstLr, "firstLr");
    }

    /** The same rates at every step. */
    public GradientSteps(List<Integer> steps, double target, double lr, OptimizerChoice optimizer) {
        this(steps, target, lr, optimizer, Fraction.ZERO);
    }

    /** Gradient-descent steps. */
    public GradientSteps(List<Integer> steps, double target, double lr) {
        this(steps, target, lr, new OptimizerChoice.GradientDescent());
    }

    /** The first step's rate exponent as claim files write it: {@code 1/2}, {@code 0}. */
    public String firstLrText() {
        return firstLr.getDenominator() == 1 ? Integer.toString(firstLr.getNumerator())
                : firstLr.getNumerator() + "/" + firstLr.getDenominator();
    }

    /** The feature change of a layer at step t of these steps. */
    public Quantity.FeatureChange featureChange(int layer, int t) {
        return new Quantity.FeatureChange(layer, t, target, lr, optimizer, firstLr);
    }

    /** The output change at step t of these steps. */
    public Quantity.OutputChange outputChange(int t) {
        return new Quantity.OutputChange(t, target, lr, optimizer, firstLr);
    }

    /** The loss change at step t of these steps. */
    public Quantity.LossChange lossChange(int t) {
        return new Quantity.LossChange(t, target, lr, optimizer, firstLr);
    }

    /** As claim files write it: {@code steps: [1, 3], target: 1, lr: 0.1}. */
    public String text() {
        String first = firstLr.equals(Fraction.ZERO) ? "" : ", first-lr-exponent: " + firstLrText();
        return "steps: " + steps + ", target: " + Numbers.format(target) + ", lr: " + Numbers.format(lr)
                + ", optimizer: " + optimizer.spelling() + first;
    }
}
