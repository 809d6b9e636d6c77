package io.multilin.symbolic.scaling;

import static io.multilin.architecture.notation.Notate.DELTA;
import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.derivative;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.architecture.training.StepSetup;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The feature change {@code RMS(z_l(w_t) - z_l(w0))} and the output change
 * {@code |f(w_t) - f(w0)|} after t gradient steps (docs/DYNAMICS.md section 3).
 *
 * <p><b>Step 1, feature change of layer l.</b> Two bounds on the first-order move of z_l from
 * {@link FirstStepSizes}: at most {@code max_{a <= l} ||own move of z_a|| ||J(l <- a)||_op}
 * (operator norms), at least its projection on {@code b_l = df/dz_l}, a sum of terms of one
 * sign (so the layers below cannot cancel the layer's own step, even when all are of one order,
 * as in muP). Derived only when the two exponents are equal; the higher-order terms are at most
 * of that order when (S1) and (S2) of the one-step rule hold at every hidden layer below l, so
 * for eta below an m-independent constant the first order decides. Otherwise: no rule, with
 * both bounds.
 *
 * <p><b>Step t &gt;= 2.</b> Condition (D), checked at every layer: the first step moves every
 * weight matrix by at most its operator norm, every hidden pre-activation coordinate by at most
 * its size and within the range where the activation is linearizable ((S1), (S2)), a curved
 * output's pre-activation likewise, and the output by at most {@code |f - y|}, each in order. Then every size the step-1 argument used
 * changes by a relative O(eta) per step, so for eta below a constant (depending on t) w_1 ..
 * w_{t-1} have the exponents of w0: each step's move is at most of the step-1 order, and its
 * projection on {@code b_l(w_s)} has the sign of {@code -(f(w_s) - y)}, which the steps keep
 * (each moves f by a fraction O(eta) of the residual). Summed over the steps, projected on
 * {@code b_l(w0)} (which differs from {@code b_l(w_s)} by a relative O(eta)), the moves add up
 * without cancelling: the exponent of step 1 holds for every fixed t. When (D) fails the
 * network after step 1 is not the network at init in order (a large first step, or growing
 * features) and there is no rule for later steps.
 *
 * <p><b>Adam.</b> Its first step is a sign step, with the same bounds in L1 norms
 * ({@link FirstStepSizes}); after it, no rule. Its output change at step 1 is the move of z_L
 * when the output is affine.
 *
 * <p><b>A first step past the first order</b> ((S1) or (S2) fails below the layer, as under a
 * large first step): {@link LargeFirstStep} follows the step's exact form for relu and an affine
 * output; after a first step whose rates differ from the later ones, no rule for later steps.
 *
 * <p><b>A batch.</b> The same upper bound; the lower bound is layer 1's share alone
 * ({@link FirstStepSizes#projection}); no rule for Adam, a curved output, a step past the first
 * order, or more inputs than the input width.
 */
final class DynamicsRule {

    private DynamicsRule() {
    }

    static Outcome<Exponent> featureChange(Architecture architecture, InitNorms n, ActivationProfile sigma,
                                           ActivationProfile phi, int layer, int step, StepSetup setup) {
        if (layer < 1 || layer > n.depth()) {
            throw new IllegalArgumentException("no layer " + layer + " in a network of " + n.depth() + " layers");
        }
        return FirstStepSizes.of(architecture, n, setup).flatMap(s -> {
            List<Step> why = new ArrayList<>();
            Fraction half = n.layers().widths()[layer].divide(2);
            Optional<String> batch = batchBound(s);
            if (batch.isPresent()) {
                return Outcome.unsupported(batch.get());
            }
            if (s.batch() > 1) {
                why.add(Step.of("a batch of " + s.batch() + " inputs: the lower bound is layer 1's share alone"
                        + " (Schur's inequality with the inputs' Gram matrix, non-degenerate)"));
            }
            Optional<String> below = linearBelow(s, sigma, layer, why);
            if (below.isPresent() && s.batch() > 1) {
                return Outcome.unsupported("step 1 of z_" + layer + " not established: " + below.get());
            }
            if (below.isPresent()) {
                // beyond the first order: the large-step rule, or no rule with both reasons
                return LargeFirstStep.move(s, sigma, phi, layer).fold((move, steps) -> {
                    List<Step> large = new ArrayList<>();
                    large.add(Step.of("not first order: " + below.get()));
                    large.addAll(steps);
                    large.add(Step.of("per coordinate: ", row("RMS", DELTA, sub("z", layer)),
                            Notate.sim(move.subtract(half))));
                    return later(s, sigma, phi, step, move.subtract(half), large);
                }, reason -> Outcome.unsupported("step 1 of z_" + layer + " not established: " + below.get()
                        + "; " + reason));
            }
            Fraction upper = s.change(layer).subtract(half);
            Fraction lower = s.projection(layer).subtract(half);
            why.add(Step.of("at most (operator norms): ", row("RMS", DELTA, sub("z", layer)),
                    Notate.sim(upper)));
            why.add(Step.of("at least (projection on ", row("b", Op.EQUALS, derivative("f", sub("z", layer))), ", terms of one sign): ",
                    row("RMS", DELTA, sub("z", layer)), Notate.sim(lower)));
            if (upper.compareTo(lower) != 0) {
                return Outcome.unsupported("the first step moves z_" + layer + " per coordinate by at most "
                        + ChainSupremum.power(upper) + " and at least " + ChainSupremum.power(lower)
                        + ": the bounds differ, no rule");
            }
            return later(s, sigma, phi, step, upper, why);
        });
    }

    static Outcome<Exponent> outputChange(Architecture architecture, InitNorms n, ActivationProfile sigma,
                                          ActivationProfile phi, int step, StepSetup setup) {
        if (setup.optimizer().adaptive() || setup.batch() > 1) {
            // an affine output moves with its pre-activation, whose move (RMS over the batch) is a
            // feature change; the one-step rule's sign arguments are for gradient descent on one input
            if (!(phi.polynomial() && phi.lowestNonZeroFrom(2).isEmpty())) {
                return Outcome.unsupported("no rule for " + (setup.batch() > 1 ? "a batch" : "Adam's step")
                        + " through the non-linear output " + phi.spelling());
            }
            return featureChange(architecture, n, sigma, phi, n.depth(), step, setup);
        }
        return FirstStepSizes.of(architecture, n, setup).flatMap(s -> {
            Outcome<Exponent> first = OneStepRule.exponent(s, sigma, phi, setup.target()).fold(Outcome::derived,
                    reason -> LargeFirstStep.move(s, sigma, phi, n.depth()).fold(
                            (move, steps) -> Outcome.derived(Exponent.of(move), notFirstOrder(reason, steps)),
                            large -> Outcome.unsupported(reason + "; " + large)));
            if (step == 1) {
                return first;
            }
            return first.fold((e, steps) -> {
                List<Step> why = new ArrayList<>(steps);
                Fraction exponent = e.value().orElseThrow();
                why.add(Step.of("step 1: ", row(abs(row(call("f", sub("w", 1)), Op.MINUS, call("f", sub("w", 0))))),
                        Notate.sim(exponent)));
                return later(s, sigma, phi, step, exponent, why);
            }, Outcome::unsupported);
        });
    }

    /**
     * {@code |L(w_t) - L(w0)|} with {@code L = 1/2 (f - y)^2}: {@code L(w0) - L(w_t) = Delta f ((f0 - y) - Delta f / 2)}
     * with {@code Delta f = f(w0) - f(w_t)} of the sign of {@code f0 - y} (the output change's
     * projection argument). When the output change is at most of the order of {@code |f0 - y|},
     * for eta below a constant {@code |Delta f| <= |f0 - y|}, so the factor is between
     * {@code |f0 - y| / 2} and {@code |f0 - y|}: the exponent is the output change's plus the
     * residual's. A larger output change (the loss may go up) has no rule.
     */
    static Outcome<Exponent> lossChange(Architecture architecture, InitNorms n, ActivationProfile sigma,
                                        ActivationProfile phi, int step, StepSetup setup) {
        Fraction f = n.aNorm(n.depth());
        Fraction residual = setup.target() != 0 ? InitNorms.max(f, Fraction.ZERO) : f;
        return outputChange(architecture, n, sigma, phi, step, setup).fold((e, steps) -> {
            if (e.isIdenticallyZero()) {
                return Outcome.derived(Exponent.ZERO_FUNCTION, steps);
            }
            Fraction move = e.value().orElseThrow();
            if (move.compareTo(residual) > 0) {
                return Outcome.unsupported("the output moves by " + ChainSupremum.power(move) + ", more than |f - y| ~ "
                        + ChainSupremum.power(residual) + ": the loss need not go down, no rule for its change");
            }
            List<Step> why = new ArrayList<>(steps);
            why.add(Step.of("loss: ", row(abs(row(call("L", sub("w", step)), Op.MINUS, call("L", sub("w", 0)))),
                    Notate.sim(move.add(residual))), " (the output's move, of the sign of f - y and at most |f - y|,"
                    + " times |f - y|)"));
            return Outcome.derived(Exponent.of(move.add(residual)), why);
        }, Outcome::unsupported);
    }

    /** (S1) and (S2) at every hidden layer below {@code layer}, with the reason of the first that fails. */
    private static Optional<String> linearBelow(FirstStepSizes s, ActivationProfile sigma, int layer, List<Step> why) {
        InitNorms n = s.norms();
        for (int k = 1; k < layer && k < n.depth(); k++) {
            if (!s.s1(k)) {
                return Optional.of("the step changes ||a_" + k + "|| by " + ChainSupremum.power(s.deltaA(k))
                        + ", more than its init size " + ChainSupremum.power(n.aNorm(k)) + " (S1)");
            }
            Fraction allowed = s.linearizable(k, sigma);
            if (s.coordinate(k).compareTo(allowed) > 0) {
                return Optional.of("the step changes a coordinate of z_" + k + " by "
                        + ChainSupremum.power(s.coordinate(k)) + ", beyond " + ChainSupremum.power(allowed)
                        + " where " + sigma.spelling() + " is linearizable (S2)");
            }
        }
        if (layer > 1) {
            why.add(Step.of("(S1), (S2) hold below layer " + layer + ": higher orders in eta are at most of the first"));
        }
        return Optional.empty();
    }

    /** The large-step rule's derivation, after the reason the first-order one does not hold. */
    private static List<Step> notFirstOrder(String reason, List<Step> steps) {
        List<Step> why = new ArrayList<>();
        why.add(Step.of("not first order: " + reason));
        why.addAll(steps);
        return why;
    }

    /** Why a batch has no rule: Adam's sign step of a sum, or inputs that do not span a Gram of full rank. */
    private static Optional<String> batchBound(FirstStepSizes s) {
        if (s.batch() == 1) {
            return Optional.empty();
        }
        if (s.sign()) {
            return Optional.of("no rule for Adam on a batch: its first step is the sign of a sum over the inputs");
        }
        if (!s.spanned()) {
            return Optional.of("a batch of " + s.batch() + " inputs in a narrower input layer: their Gram matrix is"
                    + " singular, and no lower bound is derived without it");
        }
        return Optional.empty();
    }

    /** Step t: the step-1 exponent when (D) holds at every layer, else no rule. */
    private static Outcome<Exponent> later(FirstStepSizes s, ActivationProfile sigma, ActivationProfile phi, int step,
                                           Fraction exponent, List<Step> why) {
        if (step > 1 && s.sign()) {
            // Adam's later updates average gradients entry by entry, which the rule does not follow
            return Outcome.unsupported("step 1 derived (" + ChainSupremum.power(exponent) + ") but no rule for Adam"
                    + " after its first (sign) step: its later updates are ratios of averaged gradients entry by entry");
        }
        if (step > 1 && !s.firstLr().equals(Fraction.ZERO)) {
            // later steps take the usual rates: their moves are not the first step's order, and the
            // network at w1 need not be the network at init in order
            return Outcome.unsupported("step 1 derived (" + ChainSupremum.power(exponent) + ") but no rule for step "
                    + step + " after a first step with rates " + ChainSupremum.power(s.firstLr())
                    + " times the later ones");
        }
        if (step > 1) {
            Optional<String> failure = condition(s, sigma, phi);
            if (failure.isPresent()) {
                return Outcome.unsupported("step 1 derived (" + ChainSupremum.power(exponent) + ") but no rule for step "
                        + step + ": (D) fails: " + failure.get());
            }
            why.add(Step.of("(D) holds: the first step moves every weight matrix by at most its operator norm, every"
                    + " hidden coordinate by at most its size, f by at most |f - y|; so each of the first " + step
                    + " steps has the order of the first, with a projection of one sign: exponent kept at step "
                    + step));
        }
        return Outcome.derived(Exponent.of(exponent), why);
    }

    /** The first failure of (D), if any. */
    private static Optional<String> condition(FirstStepSizes s, ActivationProfile sigma, ActivationProfile phi) {
        InitNorms n = s.norms();
        int depth = n.depth();
        for (int l = 1; l <= depth; l++) {
            if (s.weightMove(l).compareTo(s.weightSize(l)) > 0) {
                return Optional.of("the step moves alpha_" + l + " W_" + l + " by " + ChainSupremum.power(s.weightMove(l))
                        + " in operator norm, more than its size " + ChainSupremum.power(s.weightSize(l)));
            }
        }
        Optional<String> hidden = linearBelow(s, sigma, depth, new ArrayList<>());
        if (hidden.isPresent()) {
            return hidden;
        }
        for (int l = 1; l < depth; l++) {
            if (s.coordinate(l).compareTo(n.z(l)) > 0) {
                return Optional.of("the step moves a coordinate of z_" + l + " by " + ChainSupremum.power(s.coordinate(l))
                        + ", more than its size " + ChainSupremum.power(n.z(l)));
            }
        }
        // a curved output: its slope phi'(z_L) enters every backward vector, so z_L too must move
        // within its size and where phi is linearizable
        boolean affineOutput = phi.polynomial() && phi.lowestNonZeroFrom(2).isEmpty();
        if (!affineOutput) {
            Fraction linearizable = s.linearizable(depth, phi);
            Fraction allowed = linearizable.compareTo(n.z(depth)) <= 0 ? linearizable : n.z(depth);
            if (s.coordinate(depth).compareTo(allowed) > 0) {
                return Optional.of("the step moves z_" + depth + " by " + ChainSupremum.power(s.coordinate(depth))
                        + ", beyond " + ChainSupremum.power(allowed) + " where the output " + phi.spelling()
                        + " keeps its slope");
            }
        }
        if (s.first().compareTo(s.residual()) > 0) {
            return Optional.of("the step moves f by " + ChainSupremum.power(s.first()) + ", more than |f - y| ~ "
                    + ChainSupremum.power(s.residual()));
        }
        return Optional.empty();
    }
}
