package io.multilin.architecture;

import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * How one layer is scaled: {@code z_l = multiplier * W_l a_{l-1}}, entries of {@code W_l}
 * drawn from {@code N(0, initStd^2)}, learning rate {@code eta * m^{-c}} where {@code c} is
 * {@link #learningRateExponent()} (absent for an abc parameterization given without c).
 */
public record LayerScaling(PowerLaw multiplier, PowerLaw initStd, Optional<Fraction> learningRateExponent) {
}
