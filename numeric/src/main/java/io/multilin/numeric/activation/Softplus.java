package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;

/** {@code log(1 + e^z)}; its derivative is the sigmoid. */
public final class Softplus implements ActivationFunction {

    private final Sigmoid sigmoid = new Sigmoid();

    @Override public Activation activation() { return new Activation.Softplus(); }

    @Override
    public double value(double z) {
        // log1p(e^{-|z|}) keeps full precision for large |z| of either sign.
        return Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
    }

    @Override public double first(double z) { return Sigmoid.sigmoid(z); }
    @Override public double second(double z) { return sigmoid.first(z); }
    @Override public boolean isAnalytic() { return true; }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        if (order >= 1) {
            // out[1..order] = sigmoid^{(0..order-1)}: evaluate into out then shift right by one.
            sigmoid.sigmoidDerivatives(z, order - 1, out);
            System.arraycopy(out, 0, out, 1, order);
        }
        out[0] = value(z);
    }
}
