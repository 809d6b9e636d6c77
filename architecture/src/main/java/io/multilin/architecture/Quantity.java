package io.multilin.architecture;

import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The closed family of quantities a claim talks about (docs/MEANING.md section 2). Each is a
 * non-negative number for one network at one width; claims are statements about how it
 * scales with m. The symbolic side predicts the exponent of m of a quantity, the numeric side
 * measures it across widths, and proofs-check compares the two. Every "sup" is over the ball
 * {@code B(w0, R)} in the coordinates of the parameterization. For networks with several
 * outputs, quantities are about the first output coordinate.
 */
public sealed interface Quantity {

    /** A short human-readable name, used in tables, plots, the console and the JSON. */
    String label();

    /**
     * A stable identity for machines: the kind and every parameter, such as
     * {@code hessian-block(rows=[1,2],columns=[3])} or {@code one-step-change(target=1.0,eta=0.5)}.
     * Two quantities have the same key exactly when they are equal, which a label does not
     * promise (it leaves out the kernel's inputs and the step's target and rate).
     */
    String key();

    /**
     * Calls the case of {@code cases} for this quantity. Java 17 has no switch over a sealed
     * family, so this stands in for one: a new quantity must implement it, which means adding a
     * case to {@link Cases}, which every reader of quantities (such as the report's math form)
     * must then handle, or the build fails.
     */
    <R> R accept(Cases<R> cases);

    /** One method per quantity: an exhaustive switch over the family. */
    interface Cases<R> {
        R taylorResidual(TaylorResidual q);

        R hessianNorm(HessianNorm q);

        R hessianBlock(HessianBlock q);

        R mixedDerivative(MixedDerivative q);

        R tangentKernelChange(TangentKernelChange q);

        R outputScale(OutputScale q);

        R preActivationScale(PreActivationScale q);

        R oneStepChange(OneStepChange q);

        R featureChange(FeatureChange q);

        R outputChange(OutputChange q);

        R lossChange(LossChange q);
    }

    /** {@code sup_{w in B} |f(w) - T_order(w)|}, T_k the order-k Taylor polynomial at w0. */
    record TaylorResidual(int order) implements Quantity {
        public TaylorResidual {
            if (order < 0) {
                throw new IllegalArgumentException("Taylor order must be >= 0");
            }
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.taylorResidual(this);
        }

        @Override
        public String key() {
            return "taylor-residual(order=" + order + ")";
        }

        @Override
        public String label() {
            return "sup |f - T_" + order + "|";
        }
    }

    /** {@code sup_{w in B} ||H_f(w)||_2}. */
    record HessianNorm() implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.hessianNorm(this);
        }

        @Override
        public String key() {
            return "hessian-norm";
        }

        @Override
        public String label() {
            return "sup ||H||";
        }
    }

    /**
     * {@code sup_{w in B}} of the largest singular value of {@code d^2 f / dw_rows dw_columns},
     * rows and columns being sets of layers (1-based). Equal sets give a diagonal block.
     */
    record HessianBlock(List<Integer> rows, List<Integer> columns) implements Quantity {
        public HessianBlock {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.hessianBlock(this);
        }

        @Override
        public String key() {
            return "hessian-block(rows=" + Quantity.list(rows) + ",columns=" + Quantity.list(columns) + ")";
        }

        @Override
        public String label() {
            return "sup ||H[" + rows + "," + columns + "]||";
        }
    }

    /**
     * The B-th mixed derivative across B disjoint blocks of layers:
     * {@code sup |D^B f(w)[D_1, ..., D_B]|} over unit directions {@code D_i} supported on block i
     * and w in the ball. Order one means the function is of degree at least B across the blocks.
     */
    record MixedDerivative(List<List<Integer>> blocks) implements Quantity {
        public MixedDerivative {
            blocks = blocks.stream().map(List::copyOf).toList();
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.mixedDerivative(this);
        }

        @Override
        public String key() {
            return "mixed-derivative(blocks=" + blocks.toString().replace(" ", "") + ")";
        }

        @Override
        public String label() {
            return "sup |D^" + blocks.size() + " f| across " + blocks;
        }
    }

    /** {@code sup_{w in B} ||K(w) - K(w0)||_2} on a fixed set of inputs. */
    record TangentKernelChange(int inputs) implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.tangentKernelChange(this);
        }

        @Override
        public String key() {
            return "tangent-kernel-change(inputs=" + inputs + ")";
        }

        @Override
        public String label() {
            return "sup ||K(w) - K(w0)||";
        }
    }

    /** RMS over seeds and coordinates of the output f at initialization. */
    record OutputScale() implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.outputScale(this);
        }

        @Override
        public String key() {
            return "output-scale";
        }

        @Override
        public String label() {
            return "RMS f(w0)";
        }
    }

    /** RMS over seeds and coordinates of the pre-activation {@code z_layer} at initialization. */
    record PreActivationScale(int layer) implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.preActivationScale(this);
        }

        @Override
        public String key() {
            return "pre-activation-scale(layer=" + layer + ")";
        }

        @Override
        public String label() {
            return "RMS z_" + layer + "(w0)";
        }
    }

    /**
     * {@code |f(w1) - f(w0)|} after one full-batch gradient step on the mean squared error
     * against {@code target}, layer learning rates {@code eta * m^{-c_l}} (c from the
     * parameterization).
     */
    record OneStepChange(double target, double eta) implements Quantity {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.oneStepChange(this);
        }

        @Override
        public String key() {
            return "one-step-change(target=" + target + ",eta=" + eta + ")";
        }

        @Override
        public String label() {
            return "|f(w1) - f(w0)|";
        }
    }

    /**
     * {@code RMS (z_layer(w_step) - z_layer(w0))}: how far the pre-activations of a layer have
     * moved per coordinate (over the coordinates and the batch's inputs) after {@code step} steps
     * taken as {@code setup} says (docs/DYNAMICS.md). Layer {@code L} is the output's pre-activation.
     */
    record FeatureChange(int layer, int step, StepSetup setup) implements DynamicsQuantity {
        public FeatureChange {
            if (layer < 1 || step < 1) {
                throw new IllegalArgumentException("a feature change needs a layer >= 1 and a step >= 1, got layer "
                        + layer + ", step " + step);
            }
            java.util.Objects.requireNonNull(setup, "setup");
        }

        /** Gradient descent on the one fixed input, one rate throughout. */
        public FeatureChange(int layer, int step, double target, double eta) {
            this(layer, step, new StepSetup(target, eta));
        }

        /** One input, one rate throughout. */
        public FeatureChange(int layer, int step, double target, double eta, OptimizerChoice optimizer) {
            this(layer, step, new StepSetup(target, eta, optimizer, Fraction.ZERO, 1));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.featureChange(this);
        }

        @Override
        public String key() {
            return "feature-change(layer=" + layer + ",step=" + step + "," + setup.key() + ")";
        }

        @Override
        public String label() {
            return "RMS dz_" + layer + "(t=" + step + ")" + setup.labelSuffix();
        }
    }

    /** {@code RMS_i |f(x_i; w_step) - f(x_i; w0)|} over the batch, along the same steps as {@link FeatureChange}. */
    record OutputChange(int step, StepSetup setup) implements DynamicsQuantity {
        public OutputChange {
            if (step < 1) {
                throw new IllegalArgumentException("an output change needs a step >= 1, got " + step);
            }
            java.util.Objects.requireNonNull(setup, "setup");
        }

        /** Gradient descent on the one fixed input, one rate throughout. */
        public OutputChange(int step, double target, double eta) {
            this(step, new StepSetup(target, eta));
        }

        /** One input, one rate throughout. */
        public OutputChange(int step, double target, double eta, OptimizerChoice optimizer) {
            this(step, new StepSetup(target, eta, optimizer, Fraction.ZERO, 1));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.outputChange(this);
        }

        @Override
        public String key() {
            return "output-change(step=" + step + "," + setup.key() + ")";
        }

        @Override
        public String label() {
            return "|f(w_" + step + ") - f(w0)|" + setup.labelSuffix();
        }
    }

    /**
     * {@code |L(w_step) - L(w0)|}, {@code L = 1/(2 batch) sum_i (f(x_i) - target)^2}, along the same
     * steps as {@link FeatureChange}: how much the steps have reduced the loss.
     */
    record LossChange(int step, StepSetup setup) implements DynamicsQuantity {
        public LossChange {
            if (step < 1) {
                throw new IllegalArgumentException("a loss change needs a step >= 1, got " + step);
            }
            java.util.Objects.requireNonNull(setup, "setup");
        }

        /** One input, one rate throughout. */
        public LossChange(int step, double target, double eta, OptimizerChoice optimizer) {
            this(step, new StepSetup(target, eta, optimizer, Fraction.ZERO, 1));
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.lossChange(this);
        }

        @Override
        public String key() {
            return "loss-change(step=" + step + "," + setup.key() + ")";
        }

        @Override
        public String label() {
            return "|L(w_" + step + ") - L(w0)|" + setup.labelSuffix();
        }
    }

    /**
     * The quantities read off gradient steps: each is the state after {@code step} steps taken as
     * its {@link StepSetup} says, so whatever runs or prices the steps reads these two alone.
     */
    sealed interface DynamicsQuantity extends Quantity permits FeatureChange, OutputChange, LossChange {
        StepSetup setup();

        int step();
    }

    /** {@code [1,2,3]}: a list of layers in a key, without spaces. */
    private static String list(List<Integer> layers) {
        return layers.toString().replace(" ", "");
    }
}
