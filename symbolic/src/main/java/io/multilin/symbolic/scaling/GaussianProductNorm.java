package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Width exponents of the norms of a product {@code G_k ... G_1} of independent standard
 * Gaussian matrices through widths {@code n_0, ..., n_k} (each a power of m, given by its
 * exponent; G_i is {@code n_i x n_{i-1}}).
 *
 * <p>Why: {@code E ||G_k...G_1||_F^2 = n_0 n_1 ... n_k} exactly (integrate one factor at a
 * time), the rank is {@code min_i n_i}, and the non-zero singular values of such a product are
 * all of the same order in m (a rectangular Gaussian is a scaled near-isometry, a square one
 * has a Marchenko-Pastur / Fuss-Catalan bulk of one scale), so the operator norm squared is
 * the Frobenius norm squared divided by the rank. A product applied to a fixed vector, or
 * transposed onto the output covector, is the same rule with a width-1 end (so rank 1 and
 * operator norm = Frobenius norm). A single width is the identity: exponent 0.
 */
public final class GaussianProductNorm {

    private GaussianProductNorm() {
    }

    /** Exponent of {@code ||G_k...G_1||_F^2}: the sum of the width exponents. */
    public static Fraction frobeniusSquared(List<Fraction> widthExponents) {
        check(widthExponents);
        Fraction sum = Fraction.ZERO;
        for (Fraction e : widthExponents) {
            sum = sum.add(e);
        }
        return sum;
    }

    /** Exponent of the rank: the smallest width exponent. */
    public static Fraction rank(List<Fraction> widthExponents) {
        check(widthExponents);
        Fraction min = widthExponents.get(0);
        for (Fraction e : widthExponents) {
            min = e.compareTo(min) < 0 ? e : min;
        }
        return min;
    }

    /** Exponent of {@code ||G_k...G_1||_op^2}: Frobenius squared over rank. */
    public static Fraction operatorSquared(List<Fraction> widthExponents) {
        return frobeniusSquared(widthExponents).subtract(rank(widthExponents));
    }

    /**
     * Exponent of {@code ||G_k...G_1 x||^2} for a fixed vector x of fixed norm: the rule with the
     * input width replaced by 1 ({@code widthExponents} lists {@code n_0..n_k}; n_0 is dropped).
     */
    public static Fraction appliedSquared(List<Fraction> widthExponents) {
        check(widthExponents);
        List<Fraction> withEnd = new java.util.ArrayList<>(widthExponents);
        withEnd.set(0, Fraction.ZERO);
        return operatorSquared(withEnd);
    }

    private static void check(List<Fraction> widthExponents) {
        if (widthExponents.isEmpty()) {
            throw new IllegalArgumentException("a product needs at least one width");
        }
    }
}
