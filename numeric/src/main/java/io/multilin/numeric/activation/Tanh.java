package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;

/** {@code tanh z}; derivatives from {@code tanh' = 1 - tanh^2}. */
public final class Tanh implements ActivationFunction {

    private final PolynomialRecurrence recurrence = new PolynomialRecurrence(new double[] {1, 0, -1}, MAX_ORDER);

    @Override public Activation activation() { return new Activation.Tanh(); }
    @Override public double value(double z) { return Math.tanh(z); }

    @Override
    public double first(double z) {
        double y = Math.tanh(z);
        return 1 - y * y;
    }

    @Override
    public double second(double z) {
        double y = Math.tanh(z);
        return -2 * y * (1 - y * y);
    }

    @Override public boolean isAnalytic() { return true; }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        recurrence.evaluate(Math.tanh(z), order, out);
    }
}
