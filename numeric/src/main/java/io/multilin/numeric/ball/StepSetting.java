package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.dynamics.StepRates;
import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * How the steps of a dynamics quantity are taken, all but how many: on
 * {@code 1/2 (f - target)^2} at the cell's fixed input, by {@code optimizer}, layer l at rate
 * {@code eta m^{-c_l}}, and {@code m^firstLr} times that at the first step. Two quantities
 * with the same setting read the same run ({@link TrajectoryRuns} keys on it); any component
 * that differs is another run.
 */
record StepSetting(double target, double eta, OptimizerChoice optimizer, Fraction firstLr) {

    StepSetting {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(firstLr, "firstLr");
    }

    /** The same rates at every step. */
    StepSetting(double target, double eta, OptimizerChoice optimizer) {
        this(target, eta, optimizer, Fraction.ZERO);
    }

    /** Gradient descent at the same rates at every step. */
    StepSetting(double target, double eta) {
        this(target, eta, new OptimizerChoice.GradientDescent());
    }

    static StepSetting of(Quantity.FeatureChange q) {
        return new StepSetting(q.target(), q.eta(), q.optimizer(), q.firstLr());
    }

    static StepSetting of(Quantity.OutputChange q) {
        return new StepSetting(q.target(), q.eta(), q.optimizer(), q.firstLr());
    }

    static StepSetting of(Quantity.LossChange q) {
        return new StepSetting(q.target(), q.eta(), q.optimizer(), q.firstLr());
    }

    /**
     * Refuses a run that is no change (step 0) or no number. Checked when a cell is measured,
     * not when the setting is made, as the measures always did.
     */
    void check(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("a change needs a step >= 1, got " + step);
        }
        if (!Double.isFinite(eta) || !Double.isFinite(target)) {
            throw new IllegalArgumentException("eta and target must be finite, got " + eta + " and " + target);
        }
    }

    /** The layer rates at width m, the first step's included. */
    StepRates rates(Architecture architecture, long m) {
        return StepRates.of(architecture, m, eta, firstLr);
    }

    /**
     * The probe's name of {@code step} steps: gradient descent at one rate keeps the name it
     * always had; Adam says so with its constants, a larger first step with its factor.
     */
    String describe(int step) {
        String adam = optimizer.accept(new OptimizerChoice.Cases<>() {
            @Override
            public String gradientDescent(OptimizerChoice.GradientDescent gd) {
                return "";
            }

            @Override
            public String adam(OptimizerChoice.Adam a) {
                return " of adam (beta1 " + a.beta1() + ", beta2 " + a.beta2() + ", epsilon " + a.epsilon() + ")";
            }
        });
        String first = firstLr.equals(Fraction.ZERO) ? "" : ", first lr x m^" + (firstLr.getDenominator() == 1
                ? Integer.toString(firstLr.getNumerator()) : firstLr.getNumerator() + "/" + firstLr.getDenominator());
        return step + (step == 1 ? " step" : " steps") + adam + " on 1/2 (f - " + target
                + ")^2 at the fixed input, eta " + eta + first;
    }
}
