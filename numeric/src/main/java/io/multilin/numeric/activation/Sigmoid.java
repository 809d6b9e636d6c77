package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;

/** {@code 1 / (1 + e^{-z})}; derivatives from {@code s' = s - s^2}. */
public final class Sigmoid implements ActivationFunction {

    private final PolynomialRecurrence recurrence = new PolynomialRecurrence(new double[] {0, 1, -1}, MAX_ORDER);

    static double sigmoid(double z) {
        if (z >= 0) {
            return 1 / (1 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1 + e);
    }

    @Override public Activation activation() { return new Activation.Sigmoid(); }
    @Override public double value(double z) { return sigmoid(z); }

    @Override
    public double first(double z) {
        double s = sigmoid(z);
        return s * (1 - s);
    }

    @Override
    public double second(double z) {
        double s = sigmoid(z);
        return s * (1 - s) * (1 - 2 * s);
    }

    @Override public boolean isAnalytic() { return true; }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        recurrence.evaluate(sigmoid(z), order, out);
    }

    /** Fills {@code out[0..order]} with the sigmoid's derivatives (for softplus). */
    void sigmoidDerivatives(double z, int order, double[] out) {
        recurrence.evaluate(sigmoid(z), order, out);
    }
}
