package io.multilin.numeric.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationFunctionTest {

    private static ActivationFunction of(String name) {
        return ActivationFunction.of(Activation.parse(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear", "tanh", "sigmoid", "softplus", "gelu", "poly(0.3, -1, 0.5, 0.25)"})
    void eachDerivativeIsTheSlopeOfThePreviousOne(String name) {
        ActivationFunction f = of(name);
        int order = 7;
        double[] d = new double[order + 1];
        double[] plus = new double[order + 1];
        double[] minus = new double[order + 1];
        double h = 1e-4;
        for (double z : new double[] {-2.3, -0.4, 0.0, 0.7, 1.9}) {
            f.derivatives(z, order, d);
            assertEquals(f.value(z), d[0], 1e-15 * Math.max(1, Math.abs(d[0])));
            assertEquals(f.first(z), d[1], 1e-14);
            assertEquals(f.second(z), d[2], 1e-14);
            f.derivatives(z + h, order, plus);
            f.derivatives(z - h, order, minus);
            for (int j = 0; j < order; j++) {
                double slope = (plus[j] - minus[j]) / (2 * h);
                double tolerance = 1e-6 * Math.max(1, Math.abs(d[j + 1])) * Math.max(1, Math.abs(d[j + 2 > order ? order : j + 2]));
                assertEquals(slope, d[j + 1], tolerance, name + " at " + z + ": derivative " + (j + 1));
            }
        }
    }

    @Test
    void knownValuesAtZero() {
        double[] d = new double[7];
        of("tanh").derivatives(0, 6, d);
        // tanh z = z - z^3/3 + 2 z^5/15: derivatives 0, 1, 0, -2, 0, 16, 0.
        assertArrayClose(new double[] {0, 1, 0, -2, 0, 16, 0}, d);
        of("sigmoid").derivatives(0, 6, d);
        // sigmoid z = 1/2 + z/4 - z^3/48 + z^5/480: 1/2, 1/4, 0, -1/8, 0, 1/4, 0.
        assertArrayClose(new double[] {0.5, 0.25, 0, -0.125, 0, 0.25, 0}, d);
        of("softplus").derivatives(0, 6, d);
        assertArrayClose(new double[] {Math.log(2), 0.5, 0.25, 0, -0.125, 0, 0.25}, d);
        of("gelu").derivatives(0, 6, d);
        // z Phi(z) = z/2 + z^2/sqrt(2 pi) - z^4/(6 sqrt(2 pi)) + z^6/(40 sqrt(2 pi)).
        double c = 1 / Math.sqrt(2 * Math.PI);
        assertArrayClose(new double[] {0, 0.5, 2 * c, 0, -4 * c, 0, 18 * c}, d);
        of("poly(1, 2, 3)").derivatives(2, 4, d);
        assertArrayClose(new double[] {17, 14, 6, 0, 0}, java.util.Arrays.copyOf(d, 5));
    }

    @Test
    void reluIsNotAnalyticAndSaysSo() {
        ActivationFunction relu = of("relu");
        assertEquals(0.0, relu.value(-1), 0.0);
        assertEquals(1.0, relu.first(2), 0.0);
        UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class,
                () -> relu.derivatives(1, 3, new double[4]));
        assertTrue(e.getMessage().contains("not analytic"));
    }

    @Test
    void stableForLargeArguments() {
        assertEquals(800.0, of("softplus").value(800), 0.0);
        assertEquals(Math.exp(-800), of("softplus").value(-800), 1e-300);
        assertEquals(0.0, of("gelu").value(-40), 1e-300);
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], 1e-13, "index " + i);
        }
    }
}
