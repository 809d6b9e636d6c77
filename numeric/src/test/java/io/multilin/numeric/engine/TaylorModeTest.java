package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaylorModeTest {

    @ParameterizedTest
    @CsvSource({"linear, tanh", "tanh, linear", "sigmoid, linear", "softplus, linear", "gelu, linear",
            "'poly(0.2, 1, -0.3, 0.1)', linear", "tanh, sigmoid", "gelu, softplus", "gelu, tanh", "softplus, sigmoid"})
    void coefficientsMatchFiniteDifferences(String activation, String output) {
        Network net = Nets.of("3, m, m, 1", activation, output, "ntk", 6);
        double[] w = Initialization.weights(net, 21);
        double[] x = Initialization.inputs(net, 21, 1)[0];
        double[] u = Initialization.unitDirection(net, 21, 0);
        Vectors.scale(u, 2.0);
        int order = 4;
        double[] c = new TaylorMode(net, order).coefficients(w, u, x);
        ForwardPass forward = new ForwardPass(net);
        assertEquals(forward.evaluate(w, x), c[0], 1e-15 * Math.abs(c[0]));
        for (int k = 1; k <= order; k++) {
            FiniteDifferences.Estimate fd = FiniteDifferences.taylorCoefficient(
                    t -> forward.evaluateAlong(w, u, t, x), k, 0.5);
            double relative = Nets.relativeError(c[k], fd.value());
            assertTrue(relative < 1e-6, activation + "/" + output + " c_" + k + " = " + c[k]
                    + " vs finite differences " + fd.value() + " (relative " + relative + ")");
        }
    }

    @Test
    void linearNetworkSeriesIsExactAndTerminatesAtTheDepth() {
        Network net = Nets.of("4, m, m, m, 1", "linear", "linear", "ntk", 9);
        int depth = net.depth();
        assertEquals(depth, net.degreeAlongLines().getAsInt());
        double[] w = Initialization.weights(net, 31);
        double[] x = Initialization.inputs(net, 31, 1)[0];
        double[] u = Initialization.unitDirection(net, 31, 0);
        Vectors.scale(u, 3.0);
        double[] c = new TaylorMode(net, depth + 2).coefficients(w, u, x);
        double sum = 0;
        for (int k = 0; k <= depth; k++) {
            sum += c[k];
        }
        double direct = new ForwardPass(net).evaluateAlong(w, u, 1.0, x);
        assertTrue(Nets.relativeError(direct, sum) < 1e-12, "sum c_k " + sum + " vs f(w+u) " + direct);
        assertEquals(0.0, c[depth + 1], 0.0);
        assertEquals(0.0, c[depth + 2], 0.0);
        assertTrue(Math.abs(c[depth]) > 1e-3 * Math.abs(c[1]), "the top coefficient is genuinely non-zero");
    }

    @Test
    void polynomialNetworkTerminatesAtItsDegree() {
        // Quadratic hidden activation, two layers: degree (1*2 + 1) * 1 = 3 along lines.
        Network net = Nets.of("2, m, 1", "poly(0, 1, 1)", "linear", "ntk", 5);
        assertEquals(3, net.degreeAlongLines().getAsInt());
        double[] w = Initialization.weights(net, 4);
        double[] x = Initialization.inputs(net, 4, 1)[0];
        double[] u = Initialization.unitDirection(net, 4, 0);
        double[] c = new TaylorMode(net, 6).coefficients(w, u, x);
        for (int k = 4; k <= 6; k++) {
            assertEquals(0.0, c[k], 0.0);
        }
        double direct = new ForwardPass(net).evaluateAlong(w, u, 1.7, x);
        double series = c[0] + 1.7 * (c[1] + 1.7 * (c[2] + 1.7 * c[3]));
        assertTrue(Nets.relativeError(direct, series) < 1e-12);
    }

    @Test
    void reluIsRefusedClearly() {
        Network net = Nets.of("2, m, 1", "relu", "linear", "ntk", 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TaylorMode(net, 3));
        assertTrue(e.getMessage().contains("relu is not analytic"));
    }
}
