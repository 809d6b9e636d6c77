package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Width;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

import static io.multilin.architecture.notation.Notate.transpose;
import static io.multilin.architecture.notation.Notate.call;
import static io.multilin.architecture.notation.Notate.name;
import static io.multilin.architecture.notation.Notate.norm;
import static io.multilin.architecture.notation.Notate.opNorm;
import static io.multilin.architecture.notation.Notate.pow;
import static io.multilin.architecture.notation.Notate.product;
import static io.multilin.architecture.notation.Notate.row;

/**
 * The width exponent of one group S of f(W0 + D) for a linear network: the sup over the ball
 * of {@code u^T M_L ... M_1 x} with {@code M_l = alpha_l D_l} for l in S and the init matrix
 * {@code alpha_l W0_l} otherwise. Writing the runs of unperturbed layers as A_0 (before the
 * first perturbed layer), A_i (between consecutive perturbed layers) and A_k (after the last),
 * the sup over Frobenius-unit D_l is {@code ||A_k^T u|| prod ||A_i||_op ||A_0 x||}: each D_l
 * can be the rank-one matrix joining the top singular vectors of its neighbours, and no
 * Frobenius-unit matrix does better (Cauchy-Schwarz, then submultiplicativity). The norms come
 * from {@link GaussianProductNorm}; the ball radius R is fixed and does not change exponents.
 * Notation in derivations: {@code A[j..i]} is the product of the init matrices of layers j
 * down to i.
 */
final class ChainSupremum {

    /** One group's exponent and how it was obtained. */
    record Term(Fraction exponent, Step derivation) {
    }

    private final LayerExponents exponents;
    /** Exponent of ||A[first-1..1] x||, index first (1-based); 0 when first = 1. */
    private final Fraction[] input;
    /** Exponent of ||A[L..last+1]^T u||, index last; 0 when last = L. */
    private final Fraction[] output;
    /** Exponent of ||A[hi-1..lo+1]||op, index [lo][hi]; 0 for adjacent layers (identity). */
    private final Fraction[][] between;

    ChainSupremum(LayerExponents exponents) {
        this.exponents = exponents;
        int depth = exponents.depth();
        input = new Fraction[depth + 1];
        output = new Fraction[depth + 1];
        between = new Fraction[depth + 1][depth + 1];
        for (int l = 1; l <= depth; l++) {
            input[l] = l == 1 ? Fraction.ZERO
                    : half(GaussianProductNorm.appliedSquared(widths(0, l - 1))).add(scale(1, l - 1));
            output[l] = l == depth ? Fraction.ZERO
                    : half(GaussianProductNorm.appliedSquared(reversedWidths(l, depth - 1))).add(scale(l + 1, depth));
            for (int hi = l + 1; hi <= depth; hi++) {
                between[l][hi] = hi == l + 1 ? Fraction.ZERO
                        : half(GaussianProductNorm.operatorSquared(widths(l, hi - 1))).add(scale(l + 1, hi - 1));
            }
        }
    }

    Fraction input(int first) {
        return input[first];
    }

    Fraction output(int last) {
        return output[last];
    }

    Fraction between(int lo, int hi) {
        return between[lo][hi];
    }

    Fraction multiplier(int layer) {
        return exponents.multipliers()[layer];
    }

    /** The exponent alone. */
    Fraction exponent(int[] perturbed) {
        return term(perturbed, false).exponent();
    }

    /** The exponent with its derivation; {@code perturbed} is sorted, non-empty, 1-based. */
    Term term(int[] perturbed) {
        return term(perturbed, true);
    }

    private Term term(int[] s, boolean explain) {
        int depth = exponents.depth();
        List<Step> parts = explain ? new ArrayList<>() : null;
        int last = s[s.length - 1];
        Fraction total = output[last];
        if (explain) {
            parts.add(Step.of(last == depth ? row(norm(name("u")), Op.EQUALS, 1)
                    : row(norm(row(transpose(product(depth, last + 1)), "u")), Op.SIM, Notate.power(output[last]))));
        }
        for (int i = s.length - 1; i > 0; i--) {
            int hi = s[i];
            int lo = s[i - 1];
            total = total.add(between[lo][hi]);
            if (explain) {
                parts.add(hi == lo + 1 ? Step.of(name("I"), " between " + lo + "," + hi)
                        : Step.of(row(opNorm(product(hi - 1, lo + 1)), Op.SIM, Notate.power(between[lo][hi]))));
            }
        }
        int first = s[0];
        total = total.add(input[first]);
        if (explain) {
            parts.add(Step.of(first == 1 ? row(norm(name("x")), Op.EQUALS, call("O", 1))
                    : row(norm(row(product(first - 1, 1), "x")), Op.SIM, Notate.power(input[first]))));
        }
        List<Object> multipliers = new ArrayList<>();
        for (int l : s) {
            total = total.add(multiplier(l));
            multipliers.add((multipliers.isEmpty() ? List.of() : List.of(Op.TIMES)));
            multipliers.add(Notate.power(multiplier(l)));
        }
        Step derivation = null;
        if (explain) {
            derivation = Step.of("group ", layers(s), ": ", Step.join(", ", parts), ", multipliers ",
                    row(flatten(multipliers)), " ", row(Op.IMPLIES, Notate.power(total)));
        }
        return new Term(total, derivation);
    }

    /** Width exponents n_from..n_to. */
    private List<Fraction> widths(int from, int to) {
        List<Fraction> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(exponents.widths()[i]);
        }
        return list;
    }

    /** Width exponents n_to..n_from, then the output end: the transposed product applied to u. */
    private List<Fraction> reversedWidths(int from, int to) {
        List<Fraction> list = new ArrayList<>();
        list.add(Fraction.ZERO);
        for (int i = to; i >= from; i--) {
            list.add(exponents.widths()[i]);
        }
        return list;
    }

    /** Sum of the init-scale exponents of layers from..to. */
    private Fraction scale(int from, int to) {
        Fraction sum = Fraction.ZERO;
        for (int l = from; l <= to; l++) {
            sum = sum.add(exponents.initScale(l));
        }
        return sum;
    }

    private static Fraction half(Fraction f) {
        return f.divide(2);
    }

    static String power(Fraction f) {
        return "m^" + Width.fractionText(f);
    }

    static Notation layers(int[] s) {
        return Notate.layers(java.util.Arrays.stream(s).boxed().toList());
    }

    /** The multipliers m^a * m^b ..., the operator between each two. */
    private static Object[] flatten(List<Object> items) {
        List<Object> flat = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof List<?> l) {
                flat.addAll(l);
            } else {
                flat.add(item);
            }
        }
        return flat.toArray();
    }
}
