package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DerivativesTest {

    @ParameterizedTest
    @CsvSource({"tanh, linear, ntk", "gelu, sigmoid, mean-field", "softplus, tanh, mup", "'poly(0.1, 1, 0.5)', linear, standard"})
    void gradientMatchesFiniteDifferences(String activation, String output, String parameterization) {
        Network net = Nets.of("3, m, m, 2", activation, output, parameterization, 5);
        double[] w = Initialization.weights(net, 1);
        double[] x = Initialization.inputs(net, 1, 1)[0];
        Derivatives d = new Derivatives(net, w, x);
        ForwardPass forward = new ForwardPass(net);
        assertEquals(forward.evaluate(w, x), d.value(), 0.0);
        double[] grad = new double[w.length];
        d.gradient(grad);
        double worst = 0;
        for (int i = 0; i < w.length; i++) {
            double[] e = new double[w.length];
            e[i] = 1;
            double fd = FiniteDifferences.derivative(t -> forward.evaluateAlong(w, e, t, x), 1, 0.5).value();
            worst = Math.max(worst, Math.abs(fd - grad[i]) / (Vectors.norm(grad) + 1e-300));
        }
        assertTrue(worst < 1e-9, "gradient vs finite differences: " + worst);
        // the norm from the rank-one blocks, without the gradient array
        assertEquals(Vectors.norm(grad), d.gradientNorm(), 1e-13 * Vectors.norm(grad));
    }

    @ParameterizedTest
    @CsvSource({"tanh, linear, ntk", "gelu, sigmoid, mean-field", "sigmoid, tanh, mup", "'poly(0.1, 1, 0.5)', linear, standard"})
    void hessianVectorProductMatchesFiniteDifferencesOfGradients(String activation, String output,
                                                                 String parameterization) {
        Network net = Nets.of("3, m, m, 2", activation, output, parameterization, 5);
        double[] w = Initialization.weights(net, 2);
        double[] x = Initialization.inputs(net, 2, 1)[0];
        double[] v = Initialization.unitDirection(net, 2, 0);
        double[] hv = new double[w.length];
        new Derivatives(net, w, x).hessianTimes(v, hv);
        double worst = 0;
        for (int i = 0; i < w.length; i++) {
            int index = i;
            double[] grad = new double[w.length];
            double fd = FiniteDifferences.derivative(t -> {
                double[] moved = w.clone();
                Vectors.axpy(t, v, moved);
                new Derivatives(net, moved, x).gradient(grad);
                return grad[index];
            }, 1, 0.5).value();
            worst = Math.max(worst, Math.abs(fd - hv[i]));
        }
        worst /= Vectors.norm(hv);
        assertTrue(worst < 1e-8, "HVP vs finite differences of gradients: " + worst);
    }

    @ParameterizedTest
    @CsvSource({"tanh, sigmoid", "relu, linear"})
    void secondDirectionalDerivativeIsVHv(String activation, String output) {
        // v.Hv is the second derivative of f along v, which Taylor mode / FD see independently.
        Network net = Nets.of("4, m, m, m, 1", activation, output, "ntk", 7);
        double[] w = Initialization.weights(net, 3);
        double[] x = Initialization.inputs(net, 3, 1)[0];
        double[] v = Initialization.unitDirection(net, 3, 1);
        double[] hv = new double[w.length];
        new Derivatives(net, w, x).hessianTimes(v, hv);
        ForwardPass forward = new ForwardPass(net);
        // relu: f is piecewise polynomial; a small first step keeps the stencil inside one piece.
        double scale = activation.equals("relu") ? 1e-3 : 0.5;
        FiniteDifferences.Estimate second = FiniteDifferences.derivative(t -> forward.evaluateAlong(w, v, t, x), 2, scale);
        assertEquals(second.value(), Vectors.dot(v, hv), 1e-7 * Math.abs(second.value()) + 10 * second.error());
    }
}
