package io.multilin.numeric.dynamics;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.LayerScaling;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The per-layer learning-rate factors {@code m^{-c_l}} of a parameterization (docs/MEANING.md
 * section 1), and the factor {@code m^k} of a first step whose rates are larger than the later
 * ones ({@link StepRates}).
 */
public final class LayerRates {

    private LayerRates() {
    }

    /** {@code m^{-c_l}} for l = 1..L (index 0 unused); refused when the parameterization gives no c. */
    public static double[] of(Architecture architecture, long m) {
        double[] rates = new double[architecture.depth() + 1];
        for (int l = 1; l <= architecture.depth(); l++) {
            LayerScaling scaling = architecture.scaling(l);
            Fraction c = scaling.learningRateExponent().orElseThrow(() -> new IllegalArgumentException(
                    "a training step needs a learning-rate exponent c for every layer, but the "
                            + architecture.parameterization().spelling() + " parameterization gives none"
                            + " (an abc claim without c): state c in the claim"));
            rates[l] = Math.pow(m, -c.doubleValue());
        }
        return rates;
    }

    /**
     * {@code m^k}: the factor of every layer's rate at the first step when its exponent is k
     * (the first step then runs at {@code eta m^{k - c_l}}). Exactly 1 for k = 0, so that the
     * default leaves the steps as they were to the bit.
     */
    public static double firstStep(long m, Fraction k) {
        if (m < 1) {
            throw new IllegalArgumentException("a width is at least 1, got " + m);
        }
        return k.equals(Fraction.ZERO) ? 1 : Math.pow(m, k.doubleValue());
    }
}
