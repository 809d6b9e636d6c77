package io.multilin.symbolic.scaling;

import static io.multilin.architecture.notation.Notate.ALPHA;
import static io.multilin.architecture.notation.Notate.DELTA;
import static io.multilin.architecture.notation.Notate.SIGMA;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.entry;
import static io.multilin.architecture.notation.Notate.paren;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sumOver;

import io.multilin.architecture.Activation;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The one-step rule's way past a failed (S1) at the last hidden layer L-1, when that layer's
 * own step moves it by more than its size (mean-field with three weight matrices). The step of
 * {@code W_{L-1}} moves coordinate i of {@code z_{L-1}} by
 * {@code Delta_i = -eta m^{-c} (f - y) alpha_{L-1}^2 ||a_{L-2}||^2 sigma'(z_i) alpha_L (W_L)_i}, so
 * the output moves by {@code alpha_L sum_i (W_L)_i (sigma(z_i + Delta_i) - sigma(z_i))}: for an
 * increasing sigma every term has the sign of {@code -(f - y)}, no cancellation, and while z and
 * Delta stay O(1) per coordinate, sigma' is bounded above and below on the range, so the sum is
 * of the order of its linearization: that layer's first-order term.
 *
 * <p>relu is only non-decreasing, and the move crosses its kink (z_i is smaller than Delta_i),
 * so the smooth argument's lower bound on sigma' does not apply; the sign argument still does.
 * Only active units move ({@code sigma'(z_i) = 1[z_i > 0]}); a unit moved up changes by exactly
 * its move, a unit moved down by at most its move (to 0), so every term
 * {@code (W_L)_i (relu(z_i + Delta_i) - relu(z_i))} has the sign of {@code -(f - y)} and at most
 * its linearized size (relu is 1-Lipschitz): the share is at most the linearization. It is at
 * least the sum over the active units moved up, where it equals the linearization term by term;
 * which units move up is the sign of {@code (W_L)_i}, independent of z at initialization and
 * symmetric, so those units carry half of the linearization's sum of {@code (W_L)_i^2} up to
 * fluctuations that vanish as m grows. Conditions, each checked:
 * <ul>
 *   <li>a linear output and a strictly increasing sigma (tanh, sigmoid, softplus, linear), or
 *       relu;</li>
 *   <li>the steps of the layers below move {@code a_{L-1}} by at most its size ((S1) for them);</li>
 *   <li>z_{L-1} and the per-coordinate move of every step (delocalized) are at most m^0;</li>
 *   <li>the output layer's step, applied to the moved {@code a_{L-1}}, adds
 *       {@code eta m^{-c_L} |f - y| alpha_L^2 ||a_{L-1}|| ||Delta a_{L-1}||}, at most the first order.</li>
 * </ul>
 */
final class CoherentLastLayer {

    private CoherentLastLayer() {
    }

    /** The derivation line when every condition holds, empty otherwise. */
    static Optional<Step> check(InitNorms n, ActivationProfile sigma, ActivationProfile phi,
                                  Fraction[] direct, Fraction[] lr, Fraction residual, Fraction first, Fraction change,
                                  Fraction deltaA) {
        int depth = n.depth();
        int l = depth - 1;
        boolean relu = sigma.activation() instanceof Activation.Relu;
        if (!(phi.activation() instanceof Activation.Linear) || !(increasing(sigma.activation()) || relu)) {
            return Optional.empty();
        }
        for (int a = 1; a < l; a++) {
            if (n.slope(l).add(direct[a]).add(n.chainOp(a, l)).compareTo(n.aNorm(l)) > 0) {
                return Optional.empty();
            }
        }
        // every step's move of z_{L-1}, its own included (delocalized: norm over sqrt(n))
        Fraction coordinate = change.subtract(n.layers().widths()[l].divide(2));
        if (coordinate.compareTo(Fraction.ZERO) > 0 || n.z(l).compareTo(Fraction.ZERO) > 0) {
            return Optional.empty();
        }
        Fraction alphaL = n.layers().multipliers()[depth];
        Fraction outputOnMove = lr[depth].add(residual).add(alphaL.multiply(2)).add(n.aNorm(l)).add(deltaA);
        if (outputOnMove.compareTo(first) > 0) {
            return Optional.empty();
        }
        Notation share = row(sub(ALPHA, "L"), sumOver("i"), entry(sub("W", "L"), "i"),
                paren(row(call(SIGMA, row(sub("z", "i"), Op.PLUS, sub(DELTA, "i"))), Op.MINUS, call(SIGMA, sub("z", "i")))));
        String why = relu ? ", has terms of one sign for non-decreasing relu (units moved up change by their move, units"
                + " moved down by at most theirs; the units moved up, half of the active ones, carry half of the"
                + " linearization): the order of its linearization; "
                : ", has terms of one sign for increasing " + sigma.spelling() + " and the order of its linearization; ";
        return Optional.of(Step.of("(S1) fails at ", sub("a", l), " (moved by ", Notate.power(deltaA), ", size ",
                Notate.power(n.aNorm(l)), ") by its own step, which moves each coordinate of ", sub("z", l), " by ",
                Notate.power(coordinate), " along ", sub("b", l), ": the output's share, ", share, why,
                sub("W", depth), "'s step on the moved ", sub("a", l), " adds ", Notate.power(outputOnMove)));
    }

    private static boolean increasing(Activation activation) {
        return activation instanceof Activation.Tanh || activation instanceof Activation.Sigmoid
                || activation instanceof Activation.Softplus || activation instanceof Activation.Linear;
    }
}
