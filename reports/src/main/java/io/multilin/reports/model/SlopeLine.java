package io.multilin.reports.model;

import java.util.Objects;

/**
 * A line of a given slope through the anchor point {@code (anchorX, anchorY)}, typically the
 * predicted exponent anchored at the first measurement. On a log-log plot it is
 * {@code y = anchorY * (x / anchorX)^slope}; on linear axes {@code y = anchorY + slope (x - anchorX)}.
 */
public record SlopeLine(double slope, double anchorX, double anchorY, String label) {

    public SlopeLine {
        Objects.requireNonNull(label, "label");
    }

    public double valueAt(double x, boolean logLog) {
        return logLog ? anchorY * Math.pow(x / anchorX, slope) : anchorY + slope * (x - anchorX);
    }
}
