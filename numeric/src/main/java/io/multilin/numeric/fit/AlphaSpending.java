package io.multilin.numeric.fit;

/**
 * How a total error rate is spent over repeated looks at one sweep. The verdict layer decides
 * from the first look (3 seeds) when it can, and otherwise looks again with more seeds (6, 12,
 * 24): every look is a chance to exclude the true exponent by accident, so look j uses an
 * interval at level {@code 1 - alpha_j} with {@code sum_j alpha_j = total}. By the union
 * bound the probability that any look's interval misses is then at most {@code total}, whatever
 * the correlation between looks (they share their seeds: each seed set contains the previous).
 *
 * <p>The scheme halves: {@code alpha_j = total / 2^j} for {@code j < K} and the last look takes
 * the rest, {@code total / 2^(K-1)}, so the sum is exactly {@code total}. With total 0.05 and
 * K = 4: 0.025, 0.0125, 0.00625, 0.00625 (levels 97.5%, 98.75%, 99.375%, 99.375%). Why this
 * one rather than Bonferroni ({@code total / K} each):
 * <ul>
 *   <li>the first look, the one that decides most sweeps, keeps the largest share (97.5% rather
 *       than 98.75% at K = 4); with 3 seeds (2 degrees of freedom) the t quantile is steep
 *       (6.21 at 97.5% against 8.86 at 98.75%), so this is where a level costs most width;</li>
 *   <li>later looks have more seeds, hence more degrees of freedom and a flatter t quantile:
 *       their stricter levels cost little (24 seeds: 3.01 at 99.375% against 2.07 at 95%);</li>
 *   <li>look j's level does not depend on K, except for the last look: raising the cap
 *       later does not change the looks already made;</li>
 *   <li>K = 1 is the plain single-look interval at {@code 1 - total}.</li>
 * </ul>
 *
 * @param total the error rate spent over all looks, strictly between 0 and 1 (0.05 by default)
 */
public record AlphaSpending(double total) {

    /** 0.05 over all looks: the repeated-look counterpart of the 95% interval. */
    public static final AlphaSpending STANDARD = new AlphaSpending(0.05);

    public AlphaSpending {
        if (!(total > 0 && total < 1)) {
            throw new IllegalArgumentException("a total error rate lies strictly between 0 and 1, got " + total);
        }
    }

    /**
     * The error rate of look {@code look} (1-based) out of at most {@code maxLooks}.
     *
     * @throws IllegalArgumentException unless {@code 1 <= look <= maxLooks}
     */
    public double alpha(int look, int maxLooks) {
        if (maxLooks < 1 || look < 1 || look > maxLooks) {
            throw new IllegalArgumentException("look " + look + " of at most " + maxLooks
                    + ": looks are numbered 1..maxLooks, maxLooks >= 1");
        }
        // Math.scalb is exact: the halvings of the first looks and the last look's remainder
        // add up to total without rounding
        int halvings = look < maxLooks ? look : maxLooks - 1;
        return Math.scalb(total, -halvings);
    }

    /** The interval level of look {@code look} of at most {@code maxLooks}: {@code 1 - alpha}. */
    public Confidence confidence(int look, int maxLooks) {
        return Confidence.ofAlpha(alpha(look, maxLooks));
    }
}
