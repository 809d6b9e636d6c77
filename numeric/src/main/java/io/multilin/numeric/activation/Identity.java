package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;
import java.util.Arrays;
import java.util.OptionalInt;

/** {@code sigma(z) = z}. */
public record Identity() implements ActivationFunction {
    @Override public Activation activation() { return Activation.LINEAR; }
    @Override public double value(double z) { return z; }
    @Override public double first(double z) { return 1; }
    @Override public double second(double z) { return 0; }
    @Override public boolean isAnalytic() { return true; }
    @Override public OptionalInt polynomialDegree() { return OptionalInt.of(1); }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        Arrays.fill(out, 0, order + 1, 0.0);
        out[0] = z;
        if (order >= 1) {
            out[1] = 1;
        }
    }
}
