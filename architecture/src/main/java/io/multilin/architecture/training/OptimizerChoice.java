package io.multilin.architecture.training;

/** The optimizer a training claim names ({@code optimizer: adam} or {@code gd}). */
public sealed interface OptimizerChoice permits OptimizerChoice.GradientDescent, OptimizerChoice.Adam {

    /** The spelling in claim files. */
    String spelling();

    /**
     * True when each weight's step is normalized by its own gradient history (Adam: its first
     * step is a sign step, and it keeps moment arrays), false for plain gradient descent. Every
     * optimizer must say which: the rules, the cost model and the labels read it.
     */
    boolean adaptive();

    <R> R accept(Cases<R> cases);

    /** One method per optimizer: a reader that must handle each does not compile until it does. */
    interface Cases<R> {
        R gradientDescent(GradientDescent gd);

        R adam(Adam adam);
    }

    /** Plain full-batch gradient descent. */
    record GradientDescent() implements OptimizerChoice {
        @Override
        public String spelling() {
            return "gd";
        }

        @Override
        public boolean adaptive() {
            return false;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.gradientDescent(this);
        }
    }

    /** Adam with bias correction; claim files get {@link #DEFAULT}. */
    record Adam(double beta1, double beta2, double epsilon) implements OptimizerChoice {
        public static final Adam DEFAULT = new Adam(0.9, 0.999, 1e-8);

        @Override
        public String spelling() {
            return "adam";
        }

        @Override
        public boolean adaptive() {
            return true;
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.adam(this);
        }
    }
}
