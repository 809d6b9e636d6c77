package io.multilin.reports.render;

import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Series;

import java.util.ArrayList;
import java.util.List;

/** What of a plot can be drawn, and how its legend names a series, shared by the pgfplots and the SVG renderer. */
final class PlotGeometry {

    private PlotGeometry() {
    }

    static boolean drawable(double x, double y, boolean log) {
        return Double.isFinite(x) && Double.isFinite(y) && (!log || x > 0 && y > 0);
    }

    static List<Point> drawn(Series s, boolean log) {
        return s.points().stream().filter(p -> drawable(p.x(), p.y(), log)).toList();
    }

    /** Every positive finite y value that ends up on a log axis: points, spread ends and line ends. */
    static List<Double> drawnYs(Plot plot) {
        List<Double> ys = new ArrayList<>();
        for (Series s : plot.series()) {
            List<Point> drawn = drawn(s, true);
            for (Point p : drawn) {
                ys.add(p.y());
                if (p.hasSpread()) {
                    ys.add(p.yMin());
                    ys.add(p.yMax());
                }
            }
            if (!drawn.isEmpty()) {
                double lo = drawn.stream().mapToDouble(Point::x).min().orElseThrow();
                double hi = drawn.stream().mapToDouble(Point::x).max().orElseThrow();
                if (s.fit() != null) {
                    ys.add(s.fit().valueAt(lo, true));
                    ys.add(s.fit().valueAt(hi, true));
                }
                if (s.predicted() != null) {
                    ys.add(s.predicted().valueAt(lo, true));
                    ys.add(s.predicted().valueAt(hi, true));
                }
            }
        }
        ys.removeIf(y -> !(y > 0) || Double.isInfinite(y));
        return ys;
    }

    /** The labels of a series' fitted and predicted lines (their slopes), those it has. */
    static List<String> lineLabels(Series s) {
        List<String> labels = new ArrayList<>();
        if (s.fit() != null) {
            labels.add(s.fit().label());
        }
        if (s.predicted() != null) {
            labels.add(s.predicted().label());
        }
        return labels;
    }

    /** A series as a legend of its own plot names it: its label, then its lines' labels. */
    static String legendEntry(Series s) {
        List<String> lines = lineLabels(s);
        return lines.isEmpty() ? s.label() : s.label() + ": " + String.join(", ", lines);
    }
}
