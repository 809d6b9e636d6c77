package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.numeric.dynamics.StepRates;
import java.util.Arrays;
import java.util.Objects;
import org.apache.commons.math3.fraction.Fraction;

/**
 * How the steps of a dynamics quantity are taken, all but how many: the quantity's
 * {@link StepSetup} (full-batch steps of its optimizer on
 * {@code 1/(2n) sum_{i<n} (f(x_i) - target)^2} over the cell's first n seeded inputs, layer l at
 * rate {@code eta m^{-c_l}}, {@code m^firstLr} times that at the first step), with what the
 * numeric side adds to it: the checks of a run, its rates at a width, its inputs in a cell and
 * the probe's words. Two quantities with the same setup read the same run
 * ({@link TrajectoryRuns} keys on this value); any component that differs, the batch included,
 * is another run.
 */
record StepSetting(StepSetup setup) {

    StepSetting {
        Objects.requireNonNull(setup, "setup");
    }

    /** On the one fixed input, the same rates at every step. */
    StepSetting(double target, double eta, OptimizerChoice optimizer) {
        this(new StepSetup(target, eta, optimizer, Fraction.ZERO, 1));
    }

    /** Gradient descent on the one fixed input, the same rates at every step. */
    StepSetting(double target, double eta) {
        this(new StepSetup(target, eta));
    }

    static StepSetting of(Quantity.DynamicsQuantity q) {
        return new StepSetting(q.setup());
    }

    OptimizerChoice optimizer() {
        return setup.optimizer();
    }

    /**
     * Refuses a run that is no change (step 0); a rate or target that is no number never gets
     * here ({@link StepSetup} refuses it).
     */
    void check(int step) {
        if (step < 1) {
            throw new IllegalArgumentException("a change needs a step >= 1, got " + step);
        }
    }

    /** The layer rates at width m, the first step's included. */
    StepRates rates(Architecture architecture, long m) {
        return StepRates.of(architecture, m, setup.eta(), setup.firstLr());
    }

    /**
     * The batch in {@code cell}: its first {@code batch} seeded inputs. A batch of one is the
     * cell's own fixed input (the same numbers, not regenerated), so that it is the run the one
     * input always had.
     */
    double[][] inputs(BallCell cell) {
        return setup.batch() == 1 ? new double[][] {cell.input()} : cell.inputs(setup.batch());
    }

    /** The target of every input of the batch. */
    double[] targets() {
        double[] targets = new double[setup.batch()];
        Arrays.fill(targets, setup.target());
        return targets;
    }

    /**
     * The probe's name of {@code step} steps: gradient descent at one rate on the one input
     * keeps the name it always had; Adam says so with its constants, a larger first step with
     * its factor, a batch of more than one input with its size.
     */
    String describe(int step) {
        String adam = setup.optimizer().accept(new OptimizerChoice.Cases<>() {
            @Override
            public String gradientDescent(OptimizerChoice.GradientDescent gd) {
                return "";
            }

            @Override
            public String adam(OptimizerChoice.Adam a) {
                return " of adam (beta1 " + a.beta1() + ", beta2 " + a.beta2() + ", epsilon " + a.epsilon() + ")";
            }
        });
        String first = setup.oneRate() ? "" : ", first lr x m^" + setup.exponentText();
        String loss = setup.batch() == 1 ? " on 1/2 (f - " + setup.target() + ")^2 at the fixed input"
                : " on the mean of 1/2 (f - " + setup.target() + ")^2 over a batch of " + setup.batch()
                        + " fixed inputs";
        return step + (step == 1 ? " step" : " steps") + adam + loss + ", eta " + setup.eta() + first;
    }
}
