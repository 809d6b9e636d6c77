package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Activation;
import io.multilin.symbolic.activation.ActivationProfile;
import io.multilin.symbolic.activation.Growth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Taylor residuals of order 0 and 1 from two bounds that need no assumption (A) (see
 * {@link HessianTerms}): the rule for coordinates in which a unit ball is not small, such as
 * standard and mup coordinates, where a unit perturbation moves the pre-activations by as much
 * as they are at init. It applies to bounded hidden activations (tanh, sigmoid) with a linear
 * output; f is then affine in the last layer, {@code f = alpha_L (W_L + D_L)_1 . a_{L-1}}.
 * <ul>
 *   <li>UPPER: {@code |f| <= alpha_L (||(W_L)_1|| + R) sup||a_{L-1}||} with
 *       {@code sup||a_{L-1}|| <= sqrt(n_{L-1}) sup|sigma|} over the whole ball, so
 *       {@code sup|f - f(w0)| <= 2 sup|f|} and {@code sup|f - T_1| <= 2 sup|f| + R ||grad f(w0)||}.</li>
 *   <li>LOWER, order 0: f moves along D_L alone exactly by {@code alpha_L R ||a_{L-1}||}.</li>
 *   <li>LOWER, order 1: perturb {@code W_{L-1}} by {@code s u a_{L-2}^T / ||a_{L-2}||} with u
 *       spread ({@code u_i = +-n_{L-1}^-1/2}) and {@code W_L} by {@code t} times a unit vector v.
 *       Then {@code f - T_1 = A(s) + t alpha_L v . (sigma(z + s Delta) - sigma(z))}, A free of t,
 *       so over {@code +-t} the supremum is at least {@code t alpha_L ||sigma(z + s Delta) - sigma(z)||}
 *       (v along the difference), whatever A is. When the spread shift of each coordinate,
 *       {@code alpha_{L-1} ||a_{L-2}|| n_{L-1}^-1/2}, is at most the init size of the coordinates
 *       of {@code z_{L-1}}, the difference is {@code s |sigma'| ||Delta||} to first order for a small
 *       fixed s, hence the lower bound {@code alpha_L |sigma'| alpha_{L-1} ||a_{L-2}||}.</li>
 * </ul>
 * When the two bounds have the same exponent, that is the exponent; otherwise Unsupported,
 * with both bounds stated.
 */
final class BoundedActivationResidual {

    private BoundedActivationResidual() {
    }

    static Outcome<Exponent> exponent(InitNorms n, ActivationProfile sigma, Activation output, int order) {
        int depth = n.depth();
        if (order > 1) {
            return Outcome.unsupported("the bounded-activation bounds cover residuals of order 0 and 1 only");
        }
        if (!(sigma.growth() instanceof Growth.Bounded) || depth < 2) {
            return Outcome.unsupported("the bounds without assumption (A) need a bounded hidden activation"
                    + " (tanh, sigmoid); " + sigma.spelling() + " is not bounded");
        }
        if (!(output instanceof Activation.Linear)) {
            return Outcome.unsupported("the bounds without assumption (A) need a linear output (f affine in W_L)");
        }
        LayerExponents e = n.layers();
        Fraction[] alpha = e.multipliers();
        Fraction width = e.widths()[depth - 1];
        List<String> why = new ArrayList<>();
        Fraction rowNorm = e.initStds()[depth].add(width.divide(2));
        Fraction fBound = alpha[depth].add(InitNorms.max(rowNorm, Fraction.ZERO)).add(width.divide(2));
        why.add("|f| <= alpha_L (||(W_L)_1|| + R) sqrt(n_" + (depth - 1) + ") sup|" + sigma.spelling()
                + "| over the ball ~ " + ChainSupremum.power(fBound));
        Fraction upper = fBound;
        Fraction lower;
        if (order == 0) {
            lower = alpha[depth].add(n.aNorm(depth - 1));
            why.add("sup|f - f(w0)| >= alpha_L R ||a_" + (depth - 1) + "|| (f is affine in W_L) ~ "
                    + ChainSupremum.power(lower));
        } else {
            upper = InitNorms.max(fBound, n.gradient());
            why.add("sup|f - T_1| <= 2 sup|f| + R ||grad f(w0)|| (" + ChainSupremum.power(n.gradient()) + ") ~ "
                    + ChainSupremum.power(upper));
            Fraction shift = alpha[depth - 1].add(n.aNorm(depth - 2)).subtract(width.divide(2));
            if (shift.compareTo(n.z(depth - 1)) > 0) {
                return Outcome.unsupported("a spread perturbation of W_" + (depth - 1) + " moves every coordinate of z_"
                        + (depth - 1) + " by " + ChainSupremum.power(shift) + ", more than its init size "
                        + ChainSupremum.power(n.z(depth - 1)) + ": no lower bound rule for the residual of order 1");
            }
            lower = alpha[depth].add(n.slope(depth - 1)).add(alpha[depth - 1]).add(n.aNorm(depth - 2));
            why.add("a spread perturbation of W_" + (depth - 1) + " moves each coordinate of z_" + (depth - 1) + " by "
                    + ChainSupremum.power(shift) + " (<= its init size " + ChainSupremum.power(n.z(depth - 1))
                    + "), and with W_" + depth + " it gives sup|f - T_1| >= alpha_L |sigma'| alpha_" + (depth - 1)
                    + " ||a_" + (depth - 2) + "|| ~ " + ChainSupremum.power(lower));
        }
        if (lower.compareTo(upper) != 0) {
            return Outcome.unsupported("without assumption (A) the residual of order " + order + " is only bounded: between "
                    + ChainSupremum.power(lower) + " and " + ChainSupremum.power(upper));
        }
        why.add("the bounds meet => " + ChainSupremum.power(lower));
        return Outcome.derived(Exponent.of(lower), why);
    }
}
