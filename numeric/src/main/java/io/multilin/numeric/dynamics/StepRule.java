package io.multilin.numeric.dynamics;

import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.engine.ParameterLayout;

/**
 * How a {@link Trajectory} moves the weights once it has the loss gradient: one rule per
 * optimizer, chosen through {@link OptimizerChoice.Cases} (a new optimizer does not compile until
 * it has a rule). Layer l's rate at the step is {@code rates[l]}, eta and, at the first step, the
 * first step's factor included ({@link StepRates#at}): Adam's moments do not depend on the rate,
 * so a larger first step changes its first move and nothing it remembers.
 *
 * <p>Not {@link io.multilin.numeric.training.Optimizer}: its stepper takes one rate for the whole
 * parameter vector and counts a step per call, so per-layer rates would need a call per layer
 * and would advance Adam's step count L times per step.
 */
abstract class StepRule {

    final ParameterLayout layout;
    final int depth;

    private StepRule(ParameterLayout layout, int depth) {
        this.layout = layout;
        this.depth = depth;
    }

    /**
     * Moves {@code w} in place by one step along {@code grad} (the gradient at w), layer l at
     * rate {@code rates[l]}.
     */
    abstract void step(double[] w, double[] grad, double[] rates);

    /**
     * True when the step needs no more than the gradient itself (gradient descent): for a batch
     * of one, whose gradient is rank one per layer, it is then taken from the factors
     * ({@code Derivatives.descend}), without a weight-sized gradient array.
     */
    boolean linearInTheGradient() {
        return false;
    }

    /**
     * A fresh rule for weights laid out by {@code layout}: gradient descent holds nothing, Adam
     * its two moment arrays (weight-sized, allocated here and only for Adam).
     */
    static StepRule of(OptimizerChoice optimizer, ParameterLayout layout, int depth) {
        return optimizer.accept(new OptimizerChoice.Cases<>() {
            @Override
            public StepRule gradientDescent(OptimizerChoice.GradientDescent gd) {
                return new GradientDescent(layout, depth);
            }

            @Override
            public StepRule adam(OptimizerChoice.Adam adam) {
                return new Adam(layout, depth, adam);
            }
        });
    }

    /** {@code w_l -= rates[l] g_l}: the loop gradient-descent trajectories always ran (same values to the bit). */
    private static final class GradientDescent extends StepRule {
        GradientDescent(ParameterLayout layout, int depth) {
            super(layout, depth);
        }

        @Override
        boolean linearInTheGradient() {
            return true;
        }

        @Override
        void step(double[] w, double[] grad, double[] rates) {
            for (int l = 1; l <= depth; l++) {
                double step = rates[l];
                int off = layout.offset(l);
                for (int k = off; k < off + layout.size(l); k++) {
                    w[k] -= step * grad[k];
                }
            }
        }
    }

    /**
     * Adam with bias correction (Kingma and Ba), per weight at step t:
     * {@code m_t = b1 m_{t-1} + (1 - b1) g}, {@code v_t = b2 v_{t-1} + (1 - b2) g^2},
     * {@code w -= lr_l (m_t / (1 - b1^t)) / (sqrt(v_t / (1 - b2^t)) + eps)}. The first step is
     * {@code lr_l g / (|g| + eps)}, a sign step whose size does not depend on the gradient's: the
     * reason Adam needs other width exponents c than gradient descent.
     */
    private static final class Adam extends StepRule {
        private final double beta1;
        private final double beta2;
        private final double epsilon;
        private final double[] first;
        private final double[] second;
        private int t;

        Adam(ParameterLayout layout, int depth, OptimizerChoice.Adam adam) {
            super(layout, depth);
            // eps = 0 would make a zero gradient coordinate (a dead relu unit, a frozen input) 0/0:
            // a NaN the trajectory would then report as a divergence it is not.
            if (!(adam.beta1() >= 0 && adam.beta1() < 1 && adam.beta2() >= 0 && adam.beta2() < 1
                    && adam.epsilon() > 0 && Double.isFinite(adam.epsilon()))) {
                throw new IllegalArgumentException("Adam needs 0 <= beta1, beta2 < 1 and a finite epsilon > 0, got "
                        + adam);
            }
            beta1 = adam.beta1();
            beta2 = adam.beta2();
            epsilon = adam.epsilon();
            first = new double[layout.total()];
            second = new double[layout.total()];
        }

        @Override
        void step(double[] w, double[] grad, double[] rates) {
            t++;
            double c1 = 1 - Math.pow(beta1, t);
            double c2 = 1 - Math.pow(beta2, t);
            for (int l = 1; l <= depth; l++) {
                double lr = rates[l];
                int off = layout.offset(l);
                for (int k = off; k < off + layout.size(l); k++) {
                    double g = grad[k];
                    first[k] = beta1 * first[k] + (1 - beta1) * g;
                    second[k] = beta2 * second[k] + (1 - beta2) * g * g;
                    w[k] -= lr * (first[k] / c1) / (Math.sqrt(second[k] / c2) + epsilon);
                }
            }
        }
    }
}
