package io.multilin.symbolic.activation;

import io.multilin.architecture.Activation;
import io.multilin.symbolic.cas.SymjaSession;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * Taylor coefficients {@code c_k = sigma^(k)(0) / k!} of an analytic activation at 0, exact,
 * computed by Symja (k-th derivative with D, value at 0 with ReplaceAll, then Simplify: Symja
 * 3.0's SeriesCoefficient returned unevaluated derivatives for sigmoid and softplus, and 0 for a
 * polynomial's constant term, so the derivatives are taken directly) on the closed form built with the Java API (never from
 * strings): tanh, sigmoid = 1/(1+e^-z), softplus = log(1+e^z), gelu = z (1 + erf(z/sqrt 2))/2,
 * polynomials (decimal coefficients taken as exact rationals) and the identity.
 */
public final class TaylorCoefficients {

    private TaylorCoefficients() {
    }

    /** The closed form of an analytic activation in the variable {@code z}. */
    public static IExpr closedForm(Activation activation, ISymbol z) {
        if (activation instanceof Activation.Linear) {
            return z;
        }
        if (activation instanceof Activation.Tanh) {
            return F.Tanh(z);
        }
        if (activation instanceof Activation.Sigmoid) {
            return F.Power(F.Plus(F.C1, F.Exp(F.Negate(z))), F.CN1);
        }
        if (activation instanceof Activation.Softplus) {
            return F.Log(F.Plus(F.C1, F.Exp(z)));
        }
        if (activation instanceof Activation.Gelu) {
            return F.Times(F.C1D2, z, F.Plus(F.C1, F.Erf(F.Times(z, F.Power(F.C2, F.CN1D2)))));
        }
        if (activation instanceof Activation.Polynomial p) {
            List<IExpr> terms = new ArrayList<>();
            for (int k = 0; k < p.coefficients().size(); k++) {
                terms.add(F.Times(exact(p.coefficients().get(k)), F.Power(z, F.ZZ(k))));
            }
            return F.Plus(terms.toArray(new IExpr[0]));
        }
        throw new IllegalArgumentException(activation.spelling() + " has no Taylor series at 0 (not analytic)");
    }

    /** {@code c_0 .. c_maxOrder}, each simplified to an exact closed form. */
    public static List<IExpr> atZero(Activation activation, int maxOrder) {
        ISymbol z = F.symbol("sz");
        IExpr form = closedForm(activation, z);
        List<IExpr> coefficients = new ArrayList<>();
        IExpr derivative = form;
        // a poly(...) with many coefficients asks for as many derivatives: the session's limit bounds them
        try (SymjaSession evaluator = SymjaSession.open("the Taylor coefficients of " + activation.spelling())) {
            for (int k = 0; k <= maxOrder; k++) {
                if (k > 0) {
                    // One derivative at a time: D(f, {z, k}) came back unevaluated for tanh.
                    derivative = evaluator.eval(F.D(derivative, z));
                }
                IExpr atZero = evaluator.eval(F.ReplaceAll(derivative, F.Rule(z, F.C0)));
                coefficients.add(evaluator.eval(F.Simplify(F.Times(atZero, F.Power(F.Factorial(F.ZZ(k)), F.CN1)))));
            }
        }
        return List.copyOf(coefficients);
    }

    /** A decimal coefficient as the exact rational it spells (0.1 is 1/10, not the nearest double). */
    static IExpr exact(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value));
        if (d.scale() <= 0) {
            return F.ZZ(d.toBigIntegerExact());
        }
        return F.fraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
    }
}
