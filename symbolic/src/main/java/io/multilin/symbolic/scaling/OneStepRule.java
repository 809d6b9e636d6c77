package io.multilin.symbolic.scaling;

import static io.multilin.architecture.notation.Notate.ELL;
import static io.multilin.architecture.notation.Notate.ETA;
import static io.multilin.architecture.notation.Notate.W0;
import static io.multilin.architecture.notation.Notate.abs;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.derivative;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.neg;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.num;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.row;
import static io.multilin.architecture.notation.Notate.sub;
import static io.multilin.architecture.notation.Notate.sumOver;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * {@code |f(w1) - f(w0)|} after one gradient step on {@code (f - y)^2 / 2} with layer learning
 * rates {@code eta m^{-c_l}}. The step of layer l is the rank-one
 * {@code DeltaW_l = -eta m^{-c_l} (f - y) alpha_l b_l a_{l-1}^T}; to first order
 * {@code Delta f = -eta (f - y) sum_l m^{-c_l} ||df/dW_l||^2}, a sum of terms of one sign (no
 * cancellation), exponent {@code max_l(-c_l + 2 e(grad_l)) + e(f - y)}, where
 * {@code e(f - y) = max(e(f), 0)} for a non-zero target and {@code e(f)} for a zero target.
 *
 * <p>VALIDITY (when the first-order exponent is the exponent of the change). The step changes
 * z_a directly by {@code alpha_a DeltaW_a a_{a-1} = -eta m^{-c_a} (f-y) alpha_a^2 ||a_{a-1}||^2 b_a}
 * (delocalized, along b_a) and z_l, l &gt; a, through {@code J(l <- a)} (bounded by the operator
 * norm). Required for every hidden layer l: (S1) {@code ||Delta a_l|| <= ||a_l||} in order, so the
 * products {@code DeltaW_{l+1} Delta a_l} (second order in eta) are at most of the order of the
 * first-order {@code DeltaW_{l+1} a_l}; (S2) the activation is linearizable on the change: the
 * coordinate change is at most m^0 when sigma'(0) != 0 or z_l = O(1) (then
 * {@code sigma'' Delta/sigma' <= Delta <= 1}), and at most the coordinate size of z_l otherwise
 * (relu, or sigma'(0) = 0 with z_l -&gt; 0); for a non-linear output the same (S2) on z_L. Then every
 * term of order k &gt;= 2 in eta has an exponent at most the first-order one, and for eta below an
 * m-independent constant the first-order term dominates: the exponent is the first-order one.
 * The bounds are conservative (operator norms, Cauchy-Schwarz); when they fail the rule says
 * Unsupported with the layer and the sizes, which is not a claim that the first order is wrong.
 *
 * <p>(S1) may fail at the last hidden layer when its own step moves it by more than its size:
 * {@link CoherentLastLayer} then shows that the output still moves by the first order, because
 * that move is a sum of terms of one sign.
 *
 * <p>Mean-field tanh, [d, m, ..., m, 1] with L weight matrices: every z_l ~ m^{-(l-1)/2}, every
 * gradient block ~ m^{-(L-1)/2}, learning rates m^1 (first, last), m^2 (between), f -&gt; 0, so
 * the first-order exponent is {@code 3 - L} for L &gt;= 3 and 0 for L = 2. A middle layer's own
 * step changes ||a_l|| by {@code m^{2 - L/2}} relative to its size, so (S1) fails at L = 3 only,
 * at the last hidden layer, where the coherent-sign argument takes over:
 * <pre>
 *   L (weight matrices)   2    3    4     5     6
 *   first-order exponent  0    0    -1    -2    -3
 *   rule                  0    0    -1    -2    -3
 * </pre>
 * ntk (c = 0), standard (c = 1) and mup (c = 0) give exponent 0 for every depth (checked in tests).
 */
final class OneStepRule {

    private OneStepRule() {
    }

    static Outcome<Exponent> exponent(Architecture architecture, InitNorms n, ActivationProfile sigma,
                                      ActivationProfile phi, double target) {
        return FirstStepSizes.of(architecture, n, target).flatMap(s -> exponent(s, sigma, phi, target));
    }

    /** The same for a given first step (its rates may be a large first step's). */
    static Outcome<Exponent> exponent(FirstStepSizes s, ActivationProfile sigma, ActivationProfile phi,
                                      double target) {
        InitNorms n = s.norms();
        int depth = n.depth();
        Fraction residual = s.residual();
        List<Step> why = new ArrayList<>();
        Notation error = abs(row("f", Op.MINUS, "y"));
        why.add(Step.of(row(abs(call("f", W0)), Notate.sim(n.aNorm(depth))), ", target " + target + " ",
                row(Op.IMPLIES, error, Notate.sim(residual))));
        for (int l = 1; l <= depth; l++) {
            why.add(Step.of("layer " + l + ": ", row(pow(name("m"), neg("c")),
                    pow(norm(derivative("f", "W")), num(2)), Notate.sim(s.share(l)))));
        }
        Fraction first = s.first();
        why.add(Step.of("first order: ", row(ETA, error, sumOver(ELL), pow(name("m"), neg(sub("c", ELL))),
                pow(norm(derivative("f", sub("W", ELL))), num(2)), Notate.implies(first))));
        Fraction[] direct = new Fraction[depth + 1];
        Fraction[] lr = new Fraction[depth + 1];
        for (int a = 1; a <= depth; a++) {
            direct[a] = s.direct(a);
            lr[a] = s.rate(a);
        }
        // (S1) fails at the last hidden layer and the coherent-sign argument replaced it
        boolean coherentLastLayer = false;
        for (int l = 1; l <= depth; l++) {
            Fraction change = s.change(l);
            boolean output = l == depth;
            ActivationProfile act = output ? phi : sigma;
            if (output && act.polynomial() && act.lowestNonZeroFrom(2).isEmpty()) {
                break; // an affine output adds no higher-order term
            }
            if (!output && !s.s1(l)) {
                Fraction deltaA = s.deltaA(l);
                if (l == depth - 1) {
                    Optional<Step> coherent = CoherentLastLayer.check(n, sigma, phi, direct, lr, residual,
                            first, change, deltaA);
                    if (coherent.isPresent()) {
                        why.add(coherent.get());
                        coherentLastLayer = true;
                        continue;
                    }
                }
                return Outcome.unsupported("first order " + ChainSupremum.power(first) + " not established: the step"
                        + " changes ||a_" + l + "|| by " + ChainSupremum.power(deltaA) + ", more than its init size "
                        + ChainSupremum.power(n.aNorm(l)) + " (S1), so products of changes are not dominated");
            }
            Fraction coordinate = s.coordinate(l);
            Fraction allowed = s.linearizable(l, act);
            if (coordinate.compareTo(allowed) > 0) {
                return Outcome.unsupported("first order " + ChainSupremum.power(first) + " not established: the step"
                        + " changes a coordinate of z_" + l + " by " + ChainSupremum.power(coordinate) + ", beyond "
                        + ChainSupremum.power(allowed) + " where " + act.spelling() + " is linearizable (S2)");
            }
        }
        why.add(Step.of(coherentLastLayer
                ? "(S1) holds below the last hidden layer and (S2) everywhere: every higher-order term is at most of the first order"
                : "(S1), (S2) hold: every higher-order term is at most of the first order"));
        return Outcome.derived(Exponent.of(first), why);
    }
}
