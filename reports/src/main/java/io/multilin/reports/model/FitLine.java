package io.multilin.reports.model;

import java.util.Objects;

/**
 * A fitted straight line. On a log-log plot it is {@code ln y = intercept + slope * ln x}
 * (natural logarithms), i.e. {@code y = e^intercept * x^slope}; on linear axes
 * {@code y = intercept + slope * x}.
 */
public record FitLine(double slope, double intercept, String label) {

    public FitLine {
        Objects.requireNonNull(label, "label");
    }

    public double valueAt(double x, boolean logLog) {
        return logLog ? Math.exp(intercept + slope * Math.log(x)) : intercept + slope * x;
    }
}
