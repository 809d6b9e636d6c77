package io.multilin.numeric.activation;

import io.multilin.architecture.Activation;
import org.apache.commons.math3.special.Erf;

/**
 * The exact GELU {@code z Phi(z)}. With {@code Phi^{(k)} = (-1)^{k-1} He_{k-1}(z) phi(z)} for
 * k >= 1 (probabilists' Hermite polynomials) and Leibniz,
 * {@code g^{(j)} = z Phi^{(j)} + j Phi^{(j-1)}}.
 */
public record Gelu() implements ActivationFunction {

    private static final double INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);

    static double cdf(double z) {
        return 0.5 * Erf.erfc(-z / Math.sqrt(2));
    }

    static double pdf(double z) {
        return INV_SQRT_2PI * Math.exp(-0.5 * z * z);
    }

    @Override public Activation activation() { return new Activation.Gelu(); }
    @Override public double value(double z) { return z * cdf(z); }
    @Override public double first(double z) { return cdf(z) + z * pdf(z); }
    @Override public double second(double z) { return (2 - z * z) * pdf(z); }
    @Override public boolean isAnalytic() { return true; }

    @Override
    public void derivatives(double z, int order, double[] out) {
        ActivationFunction.checkOrder(order);
        double phi = pdf(z);
        // cdfDerivative(k) = Phi^{(k)}; computed on the fly from the Hermite recurrence.
        double hePrev = 0;   // He_{-1}, unused
        double he = 1;       // He_0
        double cdfPrev = cdf(z); // Phi^{(0)}
        out[0] = z * cdfPrev;
        for (int j = 1; j <= order; j++) {
            // Phi^{(j)} = (-1)^{j-1} He_{j-1}(z) phi(z); `he` holds He_{j-1}.
            double cdfJ = ((j - 1) % 2 == 0 ? 1 : -1) * he * phi;
            out[j] = z * cdfJ + j * cdfPrev;
            cdfPrev = cdfJ;
            double heNext = z * he - (j - 1) * hePrev;
            hePrev = he;
            he = heNext;
        }
    }
}
