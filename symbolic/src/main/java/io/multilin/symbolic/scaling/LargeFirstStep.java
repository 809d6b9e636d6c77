package io.multilin.symbolic.scaling;

import static io.multilin.architecture.notation.Notate.DELTA;
import static io.multilin.architecture.notation.Notate.ELL;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;

import io.multilin.architecture.Activation;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The move {@code ||z_l(w1) - z_l(w0)||} of a first gradient step too large for the first-order
 * rule ((S1) or (S2) fails below the layer: the step moves some hidden layer by more than its size,
 * as a large initial learning rate does, Hajjar et al.'s fix for deep integrable networks), for
 * relu hidden layers and an affine output, from the step's exact form rather than its
 * linearization.
 *
 * <p>The step of layer l is {@code DeltaW_l = -eta_l (f - y) alpha_l b_l a_{l-1}^T} (rank one, all
 * at w0), so at w1, on the same input, exactly:
 * <pre>
 *   Delta z_l = P_l + Q_l,   P_l = -eta_l (f - y) alpha_l^2 &lt;a_{l-1}, a_{l-1}(w1)&gt; b_l,
 *                            Q_l = alpha_l W_l (a_{l-1}(w1) - a_{l-1})      (Q_1 = 0: x does not move)
 * </pre>
 * and, in exponents of m:
 * <ul>
 *   <li>{@code ||Q_l|| <= ||alpha_l W_l||_op ||Delta z_{l-1}||} (relu is 1-Lipschitz), an upper
 *       bound whatever the step does to the kinks;</li>
 *   <li>{@code <a_{l-1}, a_{l-1}(w1)>} is a sum of non-negative terms (both are relu outputs), at
 *       most {@code ||a|| (||a|| + ||Delta z||)} and at least the sum over the coordinates active at w0
 *       that {@code P_{l-1}} moves up, {@code sum z_j (z_j + P_j)}, less {@code ||a|| ||Q_{l-1}||}: the
 *       signs of {@code P_{l-1}} are those of {@code b_{l-1} = 1[z > 0] alpha_l W_l^T b_l}, symmetric and
 *       independent of z, so a quarter of the coordinates carry it and its exponent is
 *       {@code ||a|| max(||a||, ||P_{l-1}||)} when {@code ||Q_{l-1}||} is below that maximum;</li>
 *   <li>when {@code ||P_l||} exceeds the bound on {@code ||Q_l||}, the move is {@code ||P_l||};</li>
 *   <li>otherwise, when the layer below is led by its own step ({@code ||Q_{l-1}|| < ||P_{l-1}||}):
 *       {@code P_{l-1} = c b_{l-1}} with c of the sign of {@code -(f - y)}, so
 *       {@code <b_l, Q_l> = sum_j v_j (relu(z_j + c 1[z_j > 0] v_j) - relu(z_j))} with
 *       {@code v = alpha_l W_l^T b_l} has every term of the sign of c (the coherent-sign argument of
 *       {@link CoherentLastLayer}), equal to {@code c v_j^2} on the active units moved up (half of
 *       them): at least {@code ||P_{l-1}|| ||b_{l-1}||}, less {@code ||v|| ||Q_{l-1}||}. {@code <b_l, P_l>}
 *       has the same sign, so {@code ||Delta z_l|| >= ||P_{l-1}|| ||b_{l-1}|| / ||b_l||}, and the move is
 *       derived when this meets the upper bound.</li>
 * </ul>
 * Every comparison is strict in exponents, so each holds for a fixed eta as m grows; nothing asks
 * eta to be small. Where no case applies the rule says so, naming the layer.
 */
final class LargeFirstStep {

    private LargeFirstStep() {
    }

    /**
     * The exponent of {@code ||z_layer(w1) - z_layer(w0)||} (a norm: per coordinate, subtract half
     * the width's exponent), with its derivation.
     */
    static Outcome<Fraction> move(FirstStepSizes s, ActivationProfile sigma, ActivationProfile phi, int layer) {
        if (s.sign()) {
            return Outcome.unsupported("no rule for a large first step of Adam");
        }
        if (!(sigma.activation() instanceof Activation.Relu)) {
            return Outcome.unsupported("the large-step rule needs relu hidden layers (1-Lipschitz, non-decreasing,"
                    + " zero below 0); " + sigma.spelling() + " saturates or bends under a large step");
        }
        if (!(phi.polynomial() && phi.lowestNonZeroFrom(2).isEmpty())) {
            return Outcome.unsupported("the large-step rule needs an affine output, not " + phi.spelling());
        }
        InitNorms n = s.norms();
        List<Step> why = new ArrayList<>();
        why.add(Step.of("a large first step (relu, affine output), exactly: ", row(DELTA, sub("z", ELL)),
                " = P_l + Q_l, P_l along b_l, Q_l = alpha_l W_l Delta a_{l-1}"));
        Fraction inner = n.aNorm(0).multiply(2); // <a_0, a_0(w1)> = ||x||^2
        Fraction ownBelow = null;
        Fraction moveBelow = null;
        boolean ledBelow = false;
        Fraction move = null;
        for (int l = 1; l <= layer; l++) {
            Fraction own = s.rate(l).add(s.residual()).add(n.layers().multipliers()[l].multiply(2)).add(inner)
                    .add(n.b(l));
            Fraction carried = l == 1 ? null : s.weightSize(l).add(moveBelow);
            if (carried == null || own.compareTo(carried) > 0) {
                move = own;
                why.add(Step.of("layer " + l + ": ", row(norm(sub("P", l)), Notate.sim(own)),
                        carried == null ? " (Q_1 = 0)" : " above the bound on ||Q_" + l + "|| ~ "
                                + ChainSupremum.power(carried), ": ", row(norm(row(DELTA, sub("z", l))),
                                Notate.sim(move))));
            } else if (ledBelow) {
                Fraction coherent = ownBelow.add(n.b(l - 1)).subtract(n.b(l));
                Fraction lower = InitNorms.max(own, coherent);
                if (lower.compareTo(carried) != 0) {
                    return Outcome.unsupported("a large first step moves z_" + l + " by at most "
                            + ChainSupremum.power(carried) + " and at least " + ChainSupremum.power(lower)
                            + " (norms): the bounds differ, no rule");
                }
                move = carried;
                why.add(Step.of("layer " + l + ": the carried move (at most " + ChainSupremum.power(carried)
                        + ") projects on b_" + l + " with the sign of P_" + l + " (layer " + (l - 1)
                        + " is led by its own step): ", row(norm(row(DELTA, sub("z", l))), Notate.sim(move))));
            } else {
                return Outcome.unsupported("a large first step moves z_" + l + " by its own step ("
                        + ChainSupremum.power(own) + ") and by the move carried from below (at most "
                        + ChainSupremum.power(carried) + "), and layer " + (l - 1) + " is not led by its own step:"
                        + " no sign argument, no rule");
            }
            if (l < layer) {
                Fraction a = n.aNorm(l);
                Fraction larger = InitNorms.max(a, own);
                if (carried != null && carried.compareTo(larger) >= 0) {
                    return Outcome.unsupported("a large first step: <a_" + l + ", a_" + l + "(w1)> not established,"
                            + " the carried move of z_" + l + " (" + ChainSupremum.power(carried)
                            + ") is not below both ||a_" + l + "|| and the own step");
                }
                inner = a.add(larger);
                ledBelow = carried == null || own.compareTo(carried) > 0;
                ownBelow = own;
                moveBelow = move;
            }
        }
        return Outcome.derived(move, why);
    }
}
