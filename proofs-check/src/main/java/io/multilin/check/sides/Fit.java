package io.multilin.check.sides;

import java.util.List;

/**
 * Least-squares fit of log(median) on log(m) over the widths above the noise floor: slope, its
 * 95% confidence interval, R^2 and the widths used.
 */
public record Fit(double slope, double ci95Low, double ci95High, double r2, int n, List<Long> widthsUsed) {

    public Fit {
        widthsUsed = List.copyOf(widthsUsed);
    }

    public boolean isFinite() {
        return Double.isFinite(slope) && Double.isFinite(ci95Low) && Double.isFinite(ci95High);
    }
}
