package io.multilin.numeric.ball;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.numeric.activation.ActivationFunction;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

/**
 * A network's forward and backward passes and full-batch training steps written out plainly
 * from their definitions, apart from the engine (no Derivatives, no Trajectory): loops over
 * row-major {@code W_l}, {@code z_l = alpha_l W_l a_{l-1}}, {@code a_l = sigma(z_l)},
 * {@code f = phi(z_L)}, the batch loss {@code 1/(2n) sum_i (f(x_i) - y)^2} and its gradient
 * {@code 1/n sum_i (f(x_i) - y) grad f(x_i)}, and steps at rates
 * {@code eta m^{k - c_l}} (step 1) and {@code eta m^{-c_l}} (later).
 */
final class HandSteps {

    private final Architecture architecture;
    private final Network network;
    private final ParameterLayout layout;

    HandSteps(Architecture architecture, Network network) {
        this.architecture = architecture;
        this.network = network;
        this.layout = network.layout();
    }

    private ActivationFunction sigma(int l) {
        return l < network.depth() ? network.activation() : network.output();
    }

    /** {@code z_l(w; x)} for l = 1..L (index 0 unused). */
    double[][] preActivations(double[] w, double[] x) {
        int depth = network.depth();
        double[][] z = new double[depth + 1][];
        double[] previous = x;
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            z[l] = new double[rows];
            double[] a = new double[rows];
            for (int i = 0; i < rows; i++) {
                double sum = 0;
                for (int j = 0; j < cols; j++) {
                    sum += w[layout.offset(l) + i * cols + j] * previous[j];
                }
                z[l][i] = network.multiplier(l) * sum;
                a[i] = sigma(l).value(z[l][i]);
            }
            previous = a;
        }
        return z;
    }

    double output(double[] w, double[] x) {
        return sigma(network.depth()).value(preActivations(w, x)[network.depth()][0]);
    }

    /** {@code grad_w f(w; x)} by the chain rule, layer by layer from the output down. */
    double[] outputGradient(double[] w, double[] x) {
        int depth = network.depth();
        double[][] z = preActivations(w, x);
        double[][] a = new double[depth + 1][];
        a[0] = x;
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[z[l].length];
            for (int i = 0; i < z[l].length; i++) {
                a[l][i] = sigma(l).value(z[l][i]);
            }
        }
        double[] grad = new double[layout.total()];
        // delta_l = df/dz_l
        double[] delta = {sigma(depth).first(z[depth][0])};
        for (int l = depth; l >= 1; l--) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            double alpha = network.multiplier(l);
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    grad[layout.offset(l) + i * cols + j] = alpha * delta[i] * a[l - 1][j];
                }
            }
            if (l > 1) {
                double[] below = new double[cols];
                for (int j = 0; j < cols; j++) {
                    double sum = 0;
                    for (int i = 0; i < rows; i++) {
                        sum += alpha * w[layout.offset(l) + i * cols + j] * delta[i];
                    }
                    below[j] = sigma(l - 1).first(z[l - 1][j]) * sum;
                }
                delta = below;
            }
        }
        return grad;
    }

    /** {@code 1/(2n) sum_i (f(x_i) - y)^2}. */
    double loss(double[] w, double[][] xs, double y) {
        double sum = 0;
        for (double[] x : xs) {
            double r = output(w, x) - y;
            sum += r * r;
        }
        return sum / (2 * xs.length);
    }

    /** {@code 1/n sum_i (f(x_i) - y) grad f(x_i)}. */
    double[] lossGradient(double[] w, double[][] xs, double y) {
        double[] grad = new double[layout.total()];
        for (double[] x : xs) {
            double r = output(w, x) - y;
            double[] g = outputGradient(w, x);
            for (int k = 0; k < grad.length; k++) {
                grad[k] += r * g[k] / xs.length;
            }
        }
        return grad;
    }

    /**
     * {@code w_0 .. w_steps} from {@code w0}: full-batch steps of gradient descent or Adam (bias
     * corrected, Kingma and Ba) on the batch loss, layer l at {@code eta m^{k - c_l}} at step 1
     * and {@code eta m^{-c_l}} after.
     */
    List<double[]> steps(double[] w0, double[][] xs, double y, double eta, Fraction k, OptimizerChoice optimizer,
                         int steps) {
        OptimizerChoice.Adam adam = optimizer instanceof OptimizerChoice.Adam a ? a : null;
        double[] first = new double[layout.total()];
        double[] second = new double[layout.total()];
        List<double[]> ws = new ArrayList<>(List.of(w0.clone()));
        double[] w = w0.clone();
        for (int t = 1; t <= steps; t++) {
            double[] g = lossGradient(w, xs, y);
            for (int l = 1; l <= network.depth(); l++) {
                Fraction c = architecture.scaling(l).learningRateExponent().orElseThrow();
                double rate = eta * Math.pow(network.m(), (t == 1 ? k.subtract(c) : c.negate()).doubleValue());
                for (int i = layout.offset(l); i < layout.offset(l) + layout.size(l); i++) {
                    if (adam == null) {
                        w[i] -= rate * g[i];
                    } else {
                        first[i] = adam.beta1() * first[i] + (1 - adam.beta1()) * g[i];
                        second[i] = adam.beta2() * second[i] + (1 - adam.beta2()) * g[i] * g[i];
                        double mHat = first[i] / (1 - Math.pow(adam.beta1(), t));
                        double vHat = second[i] / (1 - Math.pow(adam.beta2(), t));
                        w[i] -= rate * mHat / (Math.sqrt(vHat) + adam.epsilon());
                    }
                }
            }
            ws.add(w.clone());
        }
        return ws;
    }
}
