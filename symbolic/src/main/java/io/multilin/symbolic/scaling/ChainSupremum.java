package io.multilin.symbolic.scaling;

import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

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
    record Term(Fraction exponent, String derivation) {
    }

    private final LayerExponents exponents;

    ChainSupremum(LayerExponents exponents) {
        this.exponents = exponents;
    }

    /** The exponent alone, cheap enough for every subset of up to 20 layers. */
    Fraction exponent(int[] perturbed) {
        return term(perturbed, false).exponent();
    }

    /** The exponent with its derivation; {@code perturbed} is sorted, non-empty, 1-based. */
    Term term(int[] perturbed) {
        return term(perturbed, true);
    }

    private Term term(int[] s, boolean explain) {
        int depth = exponents.depth();
        List<String> parts = explain ? new ArrayList<>() : null;
        Fraction total = Fraction.ZERO;

        int last = s[s.length - 1];
        Fraction out = last == depth ? Fraction.ZERO
                : half(GaussianProductNorm.appliedSquared(reversedWidths(last, depth - 1))).add(scale(last + 1, depth));
        total = total.add(out);
        if (explain) {
            parts.add(last == depth ? "||u|| = 1" : "||A[" + depth + ".." + (last + 1) + "]^T u|| ~ " + power(out));
        }
        for (int i = s.length - 1; i > 0; i--) {
            int hi = s[i];
            int lo = s[i - 1];
            if (hi == lo + 1) {
                if (explain) {
                    parts.add("I between " + lo + "," + hi);
                }
                continue;
            }
            Fraction op = half(GaussianProductNorm.operatorSquared(widths(lo, hi - 1))).add(scale(lo + 1, hi - 1));
            total = total.add(op);
            if (explain) {
                parts.add("||A[" + (hi - 1) + ".." + (lo + 1) + "]||op ~ " + power(op));
            }
        }
        int first = s[0];
        Fraction in = first == 1 ? Fraction.ZERO
                : half(GaussianProductNorm.appliedSquared(widths(0, first - 1))).add(scale(1, first - 1));
        total = total.add(in);
        if (explain) {
            parts.add(first == 1 ? "||x|| = O(1)" : "||A[" + (first - 1) + "..1] x|| ~ " + power(in));
        }
        List<String> multipliers = new ArrayList<>();
        for (int l : s) {
            total = total.add(exponents.multipliers()[l]);
            multipliers.add(power(exponents.multipliers()[l]));
        }
        String derivation = null;
        if (explain) {
            derivation = "group " + setSpelling(s) + ": " + String.join(", ", parts) + ", multipliers "
                    + String.join(" * ", multipliers) + " => " + power(total);
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

    static String setSpelling(int[] s) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < s.length; i++) {
            b.append(i == 0 ? "" : ",").append(s[i]);
        }
        return b.append('}').toString();
    }
}
