package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;
import java.util.OptionalInt;

/** {@code c0 + c1 z + ... + cD z^D}, derivatives exact (zero beyond the degree). */
public final class PolynomialActivation implements ActivationFunction {

    private final Activation.Polynomial activation;
    private final double[] c;

    public PolynomialActivation(Activation.Polynomial activation) {
        this.activation = activation;
        int degree = activation.degree();
        c = new double[degree + 1];
        for (int i = 0; i <= degree; i++) {
            c[i] = activation.coefficients().get(i);
        }
    }

    @Override public Activation activation() { return activation; }
    @Override public boolean isAnalytic() { return true; }
    @Override public OptionalInt polynomialDegree() { return OptionalInt.of(c.length - 1); }
    @Override public double value(double z) { return derivative(z, 0); }
    @Override public double first(double z) { return derivative(z, 1); }
    @Override public double second(double z) { return derivative(z, 2); }

    /** {@code sum_{i>=j} c_i i!/(i-j)! z^{i-j}} by Horner. */
    private double derivative(double z, int j) {
        double s = 0;
        for (int i = c.length - 1; i >= j; i--) {
            double falling = 1;
            for (int r = 0; r < j; r++) {
                falling *= i - r;
            }
            s = s * z + c[i] * falling;
        }
        return s;
    }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        for (int j = 0; j <= order; j++) {
            out[j] = derivative(z, j);
        }
    }
}
