package io.multilin.symbolic.scaling;

import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Activation;
import io.multilin.symbolic.activation.ActivationProfile;
import io.multilin.symbolic.activation.Growth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.ALPHA;
import static io.multilin.architecture.notation.Notate.SIGMA;
import static io.multilin.architecture.notation.Notate.GRAD;
import static io.multilin.architecture.notation.Notate.W0;
import static io.multilin.architecture.notation.Notate.sqrt;
import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.entry;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.paren;
import static io.multilin.architecture.notation.Notate.prime;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sup;

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
        List<Step> why = new ArrayList<>();
        Fraction rowNorm = e.initStds()[depth].add(width.divide(2));
        Fraction fBound = alpha[depth].add(InitNorms.max(rowNorm, Fraction.ZERO)).add(width.divide(2));
        Notation supSigma = sigma.spelling().matches("[A-Za-z]+") ? sup(abs(name(sigma.spelling())))
                : SIGMA; // a bounded activation is named in letters (tanh, sigmoid)
        why.add(Step.of(row(abs(name("f")), Op.LEQ, sub(ALPHA, "L"), paren(row(norm(entry(sub("W", "L"), 1)), Op.PLUS, "R")),
                sqrt(sub("n", depth - 1)), supSigma), " over the ball ", Notate.sim(fBound)));
        Fraction upper = fBound;
        Fraction lower;
        if (order == 0) {
            lower = alpha[depth].add(n.aNorm(depth - 1));
            why.add(Step.of(row(sup(abs(row("f", Op.MINUS, call("f", W0)))), Op.GEQ, sub(ALPHA, "L"), "R",
                    norm(sub("a", depth - 1))), " (f is affine in ", sub("W", "L"), ") ", Notate.sim(lower)));
        } else {
            upper = InitNorms.max(fBound, n.gradient());
            why.add(Step.of(row(residualOne(), Op.LEQ, 2, sup(abs(name("f"))), Op.PLUS, "R",
                    norm(row(GRAD, call("f", W0)))), " (", Notate.power(n.gradient()), ") ", Notate.sim(upper)));
            Fraction shift = alpha[depth - 1].add(n.aNorm(depth - 2)).subtract(width.divide(2));
            if (shift.compareTo(n.z(depth - 1)) > 0) {
                return Outcome.unsupported("a spread perturbation of W_" + (depth - 1) + " moves every coordinate of z_"
                        + (depth - 1) + " by " + ChainSupremum.power(shift) + ", more than its init size "
                        + ChainSupremum.power(n.z(depth - 1)) + ": no lower bound rule for the residual of order 1");
            }
            lower = alpha[depth].add(n.slope(depth - 1)).add(alpha[depth - 1]).add(n.aNorm(depth - 2));
            why.add(Step.of("a spread perturbation of ", sub("W", depth - 1), " moves each coordinate of ",
                    sub("z", depth - 1), " by ", Notate.power(shift), " (<= its init size ", Notate.power(n.z(depth - 1)),
                    "), and with ", sub("W", depth), " it gives ", row(residualOne(), Op.GEQ, sub(ALPHA, "L"),
                    abs(prime(SIGMA, 1)), sub(ALPHA, depth - 1), norm(sub("a", depth - 2))), " ",
                    Notate.sim(lower)));
        }
        if (lower.compareTo(upper) != 0) {
            return Outcome.unsupported("without assumption (A) the residual of order " + order + " is only bounded: between "
                    + ChainSupremum.power(lower) + " and " + ChainSupremum.power(upper));
        }
        why.add(Step.of("the bounds meet ", Notate.implies(lower)));
        return Outcome.derived(Exponent.of(lower), why);
    }

    /** {@code sup|f - T_1|}. */
    private static Notation residualOne() {
        return sup(abs(row("f", Op.MINUS, sub("T", 1))));
    }
}
