package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * One measured quantity: its points, and optionally (nullable) the least-squares fit through
 * them and the line of the predicted slope.
 */
public record Series(String label, List<Point> points, FitLine fit, SlopeLine predicted) {

    public Series {
        Objects.requireNonNull(label, "label");
        points = List.copyOf(points);
    }
}
