package io.multilin.check.claim;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The steps a dynamics assertion looks at, and how they are taken ({@link StepSetup}: target,
 * base rate, optimizer, the first step's rate exponent, batch; docs/DYNAMICS.md). Steps are
 * distinct, increasing, from 1 to {@link #MAX_STEP}.
 */
public record GradientSteps(List<Integer> steps, StepSetup setup) {

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
        Objects.requireNonNull(setup, "setup");
    }

    /** Gradient-descent steps on the one fixed input, one rate throughout. */
    public GradientSteps(List<Integer> steps, double target, double lr) {
        this(steps, new StepSetup(target, lr));
    }

    /** The same with another optimizer. */
    public GradientSteps(List<Integer> steps, double target, double lr, OptimizerChoice optimizer) {
        this(steps, new StepSetup(target, lr, optimizer, Fraction.ZERO, 1));
    }

    public double target() {
        return setup.target();
    }

    public double lr() {
        return setup.eta();
    }

    public OptimizerChoice optimizer() {
        return setup.optimizer();
    }

    public Fraction firstLr() {
        return setup.firstLr();
    }

    public int batch() {
        return setup.batch();
    }

    /** The feature change of a layer at step t of these steps. */
    public Quantity.FeatureChange featureChange(int layer, int t) {
        return new Quantity.FeatureChange(layer, t, setup);
    }

    /** The output change at step t of these steps. */
    public Quantity.OutputChange outputChange(int t) {
        return new Quantity.OutputChange(t, setup);
    }

    /** The loss change at step t of these steps. */
    public Quantity.LossChange lossChange(int t) {
        return new Quantity.LossChange(t, setup);
    }

    /** As claim files write it: {@code steps: [1, 3], target: 1, lr: 0.1, optimizer: gd}, and k and the batch when not 0 and 1. */
    public String text() {
        return "steps: " + steps + ", target: " + Numbers.format(target()) + ", lr: " + Numbers.format(lr())
                + ", optimizer: " + optimizer().spelling()
                + (setup.oneRate() ? "" : ", first-lr-exponent: " + setup.exponentText())
                + (batch() == 1 ? "" : ", batch: " + batch());
    }
}
