package io.multilin.numeric.dynamics;

import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code steps} full-batch gradient-descent steps from w0 on
 * {@code L(w) = 1/(2B) sum_b (f(w; x_b) - y_b)^2}: layer l moves by
 * {@code -eta m^{-c_l} dL/dW_l} (the rates given as {@code eta * rates[l]}). Step t records the
 * loss and outputs at w_t and, per layer, the feature change
 * {@code RMS_{b, i} (z_l(w_t; x_b) - z_l(w0; x_b))_i}. A value that is not finite stops the
 * trajectory with an exception naming the step (a diverging run is never recorded as data).
 */
public final class Trajectory {

    /** What step t saw: the loss and outputs at w_t, and per layer (index l = 1..L) the feature change. */
    public record Record(int step, double loss, double[] outputs, double[] featureChange) {
        public Record {
            outputs = outputs.clone();
            featureChange = featureChange.clone();
        }

        @Override
        public double[] outputs() {
            return outputs.clone();
        }

        @Override
        public double[] featureChange() {
            return featureChange.clone();
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

    /**
     * Runs {@code steps} steps from {@code w0} (not modified) and returns the records of steps 0..steps.
     *
     * @param rates {@code m^{-c_l}} per layer, l = 1..L ({@link LayerRates})
     */
    public List<Record> run(double[] w0, double eta, double[] rates, int steps) {
        if (steps < 0 || !Double.isFinite(eta)) {
            throw new IllegalArgumentException("steps must be >= 0 and eta finite, got " + steps + " and " + eta);
        }
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        double[] w = w0.clone();
        double[] grad = new double[layout.total()];
        Evaluation initial = null;
        List<Record> records = new ArrayList<>();
        for (int t = 0; ; t++) {
            // one forward and backward pass per input gives the outputs, the features and the gradient
            Evaluation now = evaluate(w, t == steps ? null : grad);
            if (initial == null) {
                initial = now;
            }
            double[] change = new double[depth + 1];
            for (int l = 1; l <= depth; l++) {
                change[l] = rmsChange(now.z(), initial.z(), l);
            }
            check(t, now.loss(), now.outputs(), change);
            records.add(new Record(t, now.loss(), now.outputs(), change));
            if (t == steps) {
                return records;
            }
            for (int l = 1; l <= depth; l++) {
                double step = eta * rates[l];
                int off = layout.offset(l);
                for (int k = off; k < off + layout.size(l); k++) {
                    w[k] -= step * grad[k];
                }
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
    private record Evaluation(double loss, double[] outputs, double[][][] z) {
    }

    private Evaluation evaluate(double[] w, double[] grad) {
        int n = inputs.length;
        double[] one = grad == null ? null : new double[grad.length];
        if (grad != null) {
            Arrays.fill(grad, 0);
        }
        double loss = 0;
        double[] outputs = new double[n];
        double[][][] z = new double[n][network.depth() + 1][];
        for (int b = 0; b < n; b++) {
            Derivatives d = new Derivatives(network, w, inputs[b]);
            outputs[b] = d.value();
            for (int l = 1; l <= network.depth(); l++) {
                z[b][l] = d.preActivation(l);
            }
            double residual = d.value() - targets[b];
            loss += residual * residual / (2.0 * n);
            if (grad != null) {
                d.gradient(one);
                double c = residual / n;
                for (int k = 0; k < grad.length; k++) {
                    grad[k] += c * one[k];
                }
            }
        }
        return new Evaluation(loss, outputs, z);
    }

    private static double rmsChange(double[][][] now, double[][][] initial, int l) {
        double sum = 0;
        long count = 0;
        for (int b = 0; b < now.length; b++) {
            double[] z = now[b][l];
            double[] z0 = initial[b][l];
            for (int i = 0; i < z.length; i++) {
                double d = z[i] - z0[i];
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
