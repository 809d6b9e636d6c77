package io.multilin.check.sides;

import java.util.List;

/**
 * The measured width exponent of a sweep: the mean of the per-seed log-log slopes, with an
 * interval that includes the seed-to-seed variation (the widths of one seed are nested, so
 * only the seeds are independent draws), its R^2 and the widths and seeds it used.
 *
 * @param ci95Low    lower end of the interval; its level is {@code confidence}, at least 95%
 *                   (higher when the sweep was repeated with more seeds: each look widens it)
 * @param ci95High   upper end of that interval
 * @param n          number of widths fitted
 * @param seeds      number of seeds whose slopes entered the interval
 * @param confidence the interval's confidence level
 */
public record Fit(double slope, double ci95Low, double ci95High, double r2, int n, List<Long> widthsUsed, int seeds,
                  double confidence) {

    public Fit {
        widthsUsed = List.copyOf(widthsUsed);
    }

    public boolean isFinite() {
        return Double.isFinite(slope) && Double.isFinite(ci95Low) && Double.isFinite(ci95High);
    }

    public double width() {
        return ci95High - ci95Low;
    }
}
