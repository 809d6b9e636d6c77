package io.multilin.symbolic.activation;

import io.multilin.architecture.Activation;
import java.util.List;
import java.util.Optional;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The facts about an activation the width-exponent rules use: its exact Taylor coefficients at
 * 0 (empty for relu, which is not smooth), its growth at infinity, and whether it is
 * positively homogeneous of degree 1 (relu: {@code sigma(c z) = c sigma(z)} for c > 0, so its
 * size on small or large inputs is that of its input, and its Hessian has no rule).
 */
public record ActivationProfile(Activation activation, List<IExpr> coefficients, Growth growth,
                                boolean homogeneous) {

    /** Orders of the Taylor coefficients computed for non-polynomials. */
    public static final int ORDERS = 6;

    public ActivationProfile {
        coefficients = List.copyOf(coefficients);
    }

    public static ActivationProfile of(Activation activation) {
        if (activation instanceof Activation.Relu) {
            return new ActivationProfile(activation, List.of(), new Growth.LinearGrowth(), true);
        }
        Growth growth;
        int orders = ORDERS;
        if (activation instanceof Activation.Tanh || activation instanceof Activation.Sigmoid) {
            growth = new Growth.Bounded();
        } else if (activation instanceof Activation.Polynomial p) {
            growth = p.degree() >= 2 ? new Growth.PolynomialDegree(p.degree()) : new Growth.LinearGrowth();
            orders = Math.max(p.coefficients().size() - 1, 2);
        } else {
            growth = new Growth.LinearGrowth();
        }
        return new ActivationProfile(activation, TaylorCoefficients.atZero(activation, orders), growth, false);
    }

    public boolean smooth() {
        return !coefficients.isEmpty();
    }

    /** True when sigma is an exact polynomial, so every coefficient beyond those listed is 0. */
    public boolean polynomial() {
        return activation.isPolynomial();
    }

    /**
     * The lowest order {@code j >= k} with a non-zero Taylor coefficient: sigma^(k)(z) ~ z^(j-k)
     * for small z. Empty when none is found (for a polynomial: sigma^(k) is identically 0).
     */
    public Optional<Integer> lowestNonZeroFrom(int k) {
        for (int j = k; j < coefficients.size(); j++) {
            if (!coefficients.get(j).isZero()) {
                return Optional.of(j);
            }
        }
        return Optional.empty();
    }

    public String spelling() {
        return activation.spelling();
    }
}
