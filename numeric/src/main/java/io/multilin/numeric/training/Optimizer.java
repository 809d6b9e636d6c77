package io.multilin.numeric.training;

/**
 * How parameters move along the gradient of the regularized loss. The weight-decay term is part
 * of the loss (its gradient {@code 2 lambda theta} is in the gradient), not a separate decoupled
 * shrinkage, so every optimizer minimizes the same objective.
 */
public sealed interface Optimizer permits Optimizer.GradientDescent, Optimizer.Adam {

    /** The spelling used in claim files: {@code gd} or {@code adam}. */
    String spelling();

    /** A fresh state for P parameters. */
    Stepper stepper(int parameters);

    /** One update {@code theta <- theta - step(grad)} at learning rate {@code lr}. */
    interface Stepper {
        void step(double[] theta, double[] grad, double lr);
    }

    /** Plain full-batch gradient descent. */
    record GradientDescent() implements Optimizer {
        @Override public String spelling() { return "gd"; }

        @Override
        public Stepper stepper(int parameters) {
            return (theta, grad, lr) -> {
                for (int i = 0; i < theta.length; i++) {
                    theta[i] -= lr * grad[i];
                }
            };
        }
    }

    /** Adam (Kingma and Ba) with bias correction. */
    record Adam(double beta1, double beta2, double epsilon) implements Optimizer {
        public static final Adam DEFAULT = new Adam(0.9, 0.999, 1e-8);

        @Override public String spelling() { return "adam"; }

        @Override
        public Stepper stepper(int parameters) {
            double[] first = new double[parameters];
            double[] second = new double[parameters];
            long[] t = {0};
            return (theta, grad, lr) -> {
                t[0]++;
                double c1 = 1 - Math.pow(beta1, t[0]);
                double c2 = 1 - Math.pow(beta2, t[0]);
                for (int i = 0; i < theta.length; i++) {
                    first[i] = beta1 * first[i] + (1 - beta1) * grad[i];
                    second[i] = beta2 * second[i] + (1 - beta2) * grad[i] * grad[i];
                    theta[i] -= lr * (first[i] / c1) / (Math.sqrt(second[i] / c2) + epsilon);
                }
            };
        }
    }

    static Optimizer parse(String spelling) {
        return switch (spelling.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "gd", "gradient-descent" -> new GradientDescent();
            case "adam" -> Adam.DEFAULT;
            default -> throw new IllegalArgumentException("optimizer '" + spelling + "': expected gd or adam");
        };
    }
}
