package io.multilin.check.run;

/**
 * The confidence of the slope interval at each look at the data. A quantity whose interval
 * cannot decide is measured again with more seeds (and then at larger widths); every look is
 * a chance to conclude wrongly, so look j spends alpha / 2^j of the 5% error budget. The sum
 * over any number of looks stays below 5%, and the first look, the only one most quantities
 * need, keeps a 97.5% interval.
 */
public final class LookLevels {

    public static final double ALPHA = 0.05;

    private LookLevels() {
    }

    /** The confidence level of look {@code j} (1-based). */
    public static double confidence(int look) {
        if (look < 1) {
            throw new IllegalArgumentException("looks are numbered from 1, got " + look);
        }
        return 1 - ALPHA / Math.pow(2, look);
    }
}
