package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.activation.ActivationProfile;
import io.multilin.symbolic.activation.Growth;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.num;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.row;

/**
 * The size (exponent of m) of {@code sigma^(k)(z)}, k = 0, 1, 2, on coordinates z of size
 * {@code m^e} (Gaussian, zero mean, at init). Rules:
 * <ul>
 *   <li>e &lt; 0 (z -&gt; 0): the lowest non-zero Taylor term of sigma^(k) at 0 dominates:
 *       {@code (j - k) e} with j the lowest order &gt;= k whose coefficient is non-zero; relu
 *       (homogeneous of degree 1): value e, derivative 0;</li>
 *   <li>e = 0: order one (a non-constant analytic function of an O(1) Gaussian);</li>
 *   <li>e &gt; 0: by growth class: bounded sigma has value m^0 and exponentially small
 *       derivatives (no power law: Unsupported); linear growth has value e, derivative m^0, and a
 *       second derivative that decays exponentially (Unsupported) unless it is identically 0;
 *       a polynomial of degree d has {@code (d - k) e}.</li>
 * </ul>
 * A derivative that vanishes identically (linear sigma, k = 2) is {@link Exponent#ZERO_FUNCTION}.
 */
final class ActivationSizes {

    private ActivationSizes() {
    }

    static Outcome<Exponent> size(ActivationProfile sigma, int k, Fraction e) {
        Step what = Step.of((k == 0 ? "" : k == 1 ? "d/dz " : "d2/dz2 ") + sigma.spelling() + "(z) with ",
                row("z", Notate.sim(e)));
        if (!sigma.smooth()) {
            if (k == 0) {
                return derived(e, Step.of(what, ": relu is homogeneous of degree 1, so ", row(Op.SIM, "z")));
            }
            if (k == 1) {
                return derived(Fraction.ZERO, Step.of(what, ": relu' is 0 or 1, order one"));
            }
            return Outcome.unsupported(sigma.spelling() + " is not twice differentiable: no curvature rule");
        }
        Optional<Integer> lowest = sigma.lowestNonZeroFrom(k);
        if (lowest.isEmpty()) {
            if (sigma.polynomial()) {
                return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of(what, ": identically 0")));
            }
            return Outcome.unsupported("no non-zero Taylor coefficient of " + sigma.spelling() + " of order "
                    + k + ".." + ActivationProfile.ORDERS + " at 0");
        }
        int cmp = e.compareTo(Fraction.ZERO);
        if (cmp < 0) {
            int j = lowest.get();
            return derived(e.multiply(j - k), Step.of(what, ": lowest non-zero Taylor coefficient of order " + j + " ("
                    + sigma.coefficients().get(j) + "), so ", row(Op.SIM, pow(name("z"), num(j - k)))));
        }
        if (cmp == 0) {
            return derived(Fraction.ZERO, Step.of(what, ": order one"));
        }
        Growth growth = sigma.growth();
        if (growth instanceof Growth.PolynomialDegree p) {
            return derived(e.multiply(p.degree() - k), Step.of(what, ": polynomial of degree " + p.degree()
                    + ", so ", row(Op.SIM, pow(name("z"), num(p.degree() - k)))));
        }
        if (k == 0) {
            return growth instanceof Growth.Bounded ? derived(Fraction.ZERO, Step.of(what, ": bounded, saturates"))
                    : derived(e, Step.of(what, ": grows linearly"));
        }
        if (k == 1 && growth instanceof Growth.LinearGrowth) {
            return derived(Fraction.ZERO, Step.of(what, ": slope tends to a constant"));
        }
        return Outcome.unsupported("derivative " + k + " of " + sigma.spelling() + " on growing pre-activations (~ "
                + ChainSupremum.power(e) + ") decays exponentially: no power law");
    }

    private static Outcome<Exponent> derived(Fraction f, Step why) {
        return Outcome.derived(Exponent.of(f), List.of(Step.of(why, " ", Notate.implies(f))));
    }
}
