package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;

/**
 * {@code max(z, 0)}. Not analytic: first and second derivatives are the almost-everywhere
 * ones (1 for z > 0, else 0; second derivative 0), and Taylor mode refuses it.
 */
public record Relu() implements ActivationFunction {
    @Override public Activation activation() { return new Activation.Relu(); }
    @Override public double value(double z) { return z > 0 ? z : 0.0; }
    @Override public double first(double z) { return z > 0 ? 1.0 : 0.0; }
    @Override public double second(double z) { return 0.0; }
    @Override public boolean isAnalytic() { return false; }

    @Override
    public void derivatives(double z, int order, double[] out) {
        throw new UnsupportedOperationException("relu is not analytic: Taylor-mode propagation does not apply to it;"
                + " use finite differences (FiniteDifferences) instead");
    }
}
