package io.multilin.architecture.training;

/** Why one training ended: the regularized loss reached a plateau, or the step budget ran out. */
public sealed interface StopReason permits StopReason.Plateau, StopReason.StepBudget {

    /** The sentence the JSON and the report show. */
    String text();

    /** One letter for tables of many trainings: p (plateau), b (step budget). */
    String letter();

    /** The loss stopped improving after the last learning-rate decay, at {@code step}. */
    record Plateau(int step) implements StopReason {
        @Override
        public String text() {
            return "plateau of the regularized loss at step " + step;
        }

        @Override
        public String letter() {
            return "p";
        }
    }

    /** Every allowed step was taken. */
    record StepBudget() implements StopReason {
        @Override
        public String text() {
            return "step budget exhausted";
        }

        @Override
        public String letter() {
            return "b";
        }
    }
}
