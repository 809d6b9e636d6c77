package io.multilin.numeric.dynamics;

import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * {@code steps} full-batch steps of gradient descent or Adam from w0 on
 * {@code L(w) = 1/(2B) sum_b (f(w; x_b) - y_b)^2}: under gradient descent layer l moves by
 * {@code -eta m^{-c_l} dL/dW_l}, under Adam by its bias-corrected moment ratio at the same rate
 * ({@link StepRates}; {@code StepRule}), the first step optionally at {@code m^k} times these
 * rates. Step t records the loss and outputs at w_t and, per layer, the feature change
 * {@code RMS_{b, i} (z_l(w_t; x_b) - z_l(w0; x_b))_i}, with the size of the two vectors it
 * subtracts (for the rounding level of the difference). A value that is not finite stops the
 * trajectory with an exception naming the step (a diverging run is never recorded as data).
 */
public final class Trajectory {

    /**
     * What step t saw: the loss and outputs at w_t, and per layer (index l = 1..L) the feature
     * change and the feature size {@code RMS_{b, i} (|z_l(w_t; x_b)_i| + |z_l(w0; x_b)_i|)}. The
     * size is what a caller needs for a noise floor: the change is a difference of two computed
     * vectors, so its rounding error is relative to their magnitudes, not to the change itself
     * (which can be far smaller, e.g. the lazy m^{-1/2} moves of ntk's hidden layers).
     */
    public record Record(int step, double loss, double[] outputs, double[] featureChange, double[] featureSize) {
        public Record {
            outputs = outputs.clone();
            featureChange = featureChange.clone();
            featureSize = featureSize.clone();
        }

        @Override
        public double[] outputs() {
            return outputs.clone();
        }

        @Override
        public double[] featureChange() {
            return featureChange.clone();
        }

        @Override
        public double[] featureSize() {
            return featureSize.clone();
        }

        // A record's own equals and hashCode compare arrays by identity: these compare contents.
        @Override
        public boolean equals(Object other) {
            return other instanceof Record r && step == r.step && Double.compare(loss, r.loss) == 0
                    && Arrays.equals(outputs, r.outputs) && Arrays.equals(featureChange, r.featureChange)
                    && Arrays.equals(featureSize, r.featureSize);
        }

        @Override
        public int hashCode() {
            return Objects.hash(step, loss, Arrays.hashCode(outputs), Arrays.hashCode(featureChange),
                    Arrays.hashCode(featureSize));
        }

        @Override
        public String toString() {
            return "Record[step=" + step + ", loss=" + loss + ", outputs=" + Arrays.toString(outputs)
                    + ", featureChange=" + Arrays.toString(featureChange) + ", featureSize="
                    + Arrays.toString(featureSize) + "]";
        }
    }

    private final Network network;
    private final double[][] inputs;
    private final double[] targets;

    /** @param inputs the batch, fixed for every step; @param targets one target per input */
    public Trajectory(Network network, double[][] inputs, double[] targets) {
        if (inputs.length == 0 || inputs.length != targets.length) {
            throw new IllegalArgumentException("a batch needs inputs and one target each, got " + inputs.length
                    + " inputs and " + targets.length + " targets");
        }
        this.network = network;
        this.inputs = inputs.clone();
        this.targets = targets.clone();
    }

    /** {@link #run(double[], double, double[], int, OptimizerChoice)} with gradient descent. */
    public List<Record> run(double[] w0, double eta, double[] rates, int steps) {
        return run(w0, eta, rates, steps, new OptimizerChoice.GradientDescent());
    }

    /**
     * {@link #run(double[], StepRates, int, OptimizerChoice)} at the same rates at every step.
     *
     * @param rates {@code m^{-c_l}} per layer, l = 1..L ({@link LayerRates})
     */
    public List<Record> run(double[] w0, double eta, double[] rates, int steps, OptimizerChoice optimizer) {
        return run(w0, new StepRates(eta, rates), steps, optimizer);
    }

    /**
     * Runs {@code steps} steps of {@code optimizer} from {@code w0} (not modified) at
     * {@code rates} and returns the records of steps 0..steps.
     */
    public List<Record> run(double[] w0, StepRates rates, int steps, OptimizerChoice optimizer) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, got " + steps);
        }
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        if (rates.layers().length <= depth) {
            throw new IllegalArgumentException("a rate per layer 1.." + depth + " (index 0 unused), got "
                    + (rates.layers().length - 1));
        }
        double[] w = w0.clone();
        StepRule rule = StepRule.of(optimizer, layout, depth);
        // a batch of one under gradient descent steps from the gradient's factors: no gradient array
        boolean factored = rule.linearInTheGradient() && inputs.length == 1;
        double[] grad = factored ? null : new double[layout.total()];
        // the rates of step 1 (m^k times the others when its exponent k is not 0), then of the rest
        double[] firstSteps = rates.at(1);
        double[] laterSteps = rates.at(2);
        Evaluation initial = null;
        List<Record> records = new ArrayList<>();
        for (int t = 0; ; t++) {
            // one forward and backward pass per input gives the outputs, the features and the gradient
            Evaluation now = evaluate(w, t == steps ? null : grad);
            if (initial == null) {
                initial = now;
            }
            double[] change = new double[depth + 1];
            double[] size = new double[depth + 1];
            for (int l = 1; l <= depth; l++) {
                change[l] = rms(now.z(), initial.z(), l, -1);
                size[l] = rms(now.z(), initial.z(), l, 1);
            }
            check(t, now.loss(), now.outputs(), change);
            records.add(new Record(t, now.loss(), now.outputs(), change, size));
            if (t == steps) {
                return records;
            }
            // the step from w_t to w_{t+1} is step t + 1
            double[] layerSteps = t == 0 ? firstSteps : laterSteps;
            if (factored) {
                now.single().descend(w, layerSteps, now.outputs()[0] - targets[0]);
            } else {
                rule.step(w, grad, layerSteps);
            }
        }
    }

    /**
     * {@code L(w)}, and its gradient {@code 1/B sum_b (f_b - y_b) grad f_b} into {@code grad}
     * (skipped when null).
     */
    public double lossAndGradient(double[] w, double[] grad) {
        return evaluate(w, grad).loss();
    }

    /** The loss, the outputs {@code f(w; x_b)} and the pre-activations {@code z_l(w; x_b)} (index [b][l]) at w. */
    /** {@code single}: the derivatives of a batch of one, from which a step can be taken; null otherwise. */
    private record Evaluation(double loss, double[] outputs, double[][][] z, Derivatives single) {
    }

    private Evaluation evaluate(double[] w, double[] grad) {
        int n = inputs.length;
        // A batch of one writes its gradient straight into grad (then scales it): no accumulator,
        // one weight-sized array less, the same values (0 + x is x, up to the sign of a zero).
        double[] one = grad == null || n == 1 ? null : new double[grad.length];
        if (one != null) {
            Arrays.fill(grad, 0);
        }
        double loss = 0;
        double[] outputs = new double[n];
        double[][][] z = new double[n][network.depth() + 1][];
        Derivatives last = null;
        for (int b = 0; b < n; b++) {
            Derivatives d = new Derivatives(network, w, inputs[b]);
            last = d;
            outputs[b] = d.value();
            for (int l = 1; l <= network.depth(); l++) {
                z[b][l] = d.preActivation(l);
            }
            double residual = d.value() - targets[b];
            loss += residual * residual / (2.0 * n);
            double c = residual / n;
            if (one != null) {
                d.gradient(one);
                for (int k = 0; k < grad.length; k++) {
                    grad[k] += c * one[k];
                }
            } else if (grad != null) {
                d.gradient(grad);
                for (int k = 0; k < grad.length; k++) {
                    grad[k] *= c;
                }
            }
        }
        return new Evaluation(loss, outputs, z, n == 1 ? last : null);
    }

    /**
     * {@code RMS_{b, i}} of {@code z_l(w_t) - z_l(w0)} (sign -1), or of
     * {@code |z_l(w_t)| + |z_l(w0)|} (sign +1).
     */
    private static double rms(double[][][] now, double[][][] initial, int l, int sign) {
        double sum = 0;
        long count = 0;
        for (int b = 0; b < now.length; b++) {
            double[] z = now[b][l];
            double[] z0 = initial[b][l];
            for (int i = 0; i < z.length; i++) {
                double d = sign < 0 ? z[i] - z0[i] : Math.abs(z[i]) + Math.abs(z0[i]);
                sum += d * d;
            }
            count += z.length;
        }
        return Math.sqrt(sum / count);
    }

    private static void check(int step, double loss, double[] outputs, double[] change) {
        boolean finite = Double.isFinite(loss);
        for (double v : outputs) {
            finite &= Double.isFinite(v);
        }
        for (double v : change) {
            finite &= Double.isFinite(v);
        }
        if (!finite) {
            throw new ArithmeticException("the trajectory diverged: a non-finite value at step " + step);
        }
    }
}
