package io.multilin.symbolic.exact;

import io.multilin.architecture.Activation;
import java.util.List;

/** The coefficients {@code c0, c1, ...} of an activation that is a polynomial, or a refusal. */
final class PolynomialActivation {

    private PolynomialActivation() {
    }

    static List<Double> coefficients(Activation activation) {
        if (activation instanceof Activation.Linear) {
            return List.of(0.0, 1.0);
        }
        if (activation instanceof Activation.Polynomial p) {
            return p.coefficients();
        }
        throw new IllegalArgumentException("the exact expansion needs a linear or poly(...) activation, not "
                + activation.spelling());
    }

    static boolean isIdentity(Activation activation) {
        return activation instanceof Activation.Linear;
    }

    /** sigma(z) by Horner's rule. */
    static SparsePolynomial apply(Activation activation, SparsePolynomial z) {
        if (isIdentity(activation)) {
            return z;
        }
        List<Double> c = coefficients(activation);
        SparsePolynomial result = SparsePolynomial.constant(c.get(c.size() - 1));
        for (int k = c.size() - 2; k >= 0; k--) {
            result = result.times(z).plus(SparsePolynomial.constant(c.get(k)));
        }
        return result;
    }
}
