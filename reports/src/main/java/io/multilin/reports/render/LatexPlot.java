package io.multilin.reports.render;

import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A {@link Plot} as a pgfplots axis: marks with min/max error bars per series, the fitted line
 * solid and the predicted slope dashed over the measured x range, legend below the axis. Points
 * that cannot be drawn (non-finite, or non-positive on a log axis) are listed under the figure
 * rather than dropped silently.
 */
final class LatexPlot {

    private static final int MAX_EXPLICIT_TICKS = 8;

    private LatexPlot() {
    }

    static String render(Plot plot) {
        boolean log = plot.logLog();
        List<String> hidden = new ArrayList<>();
        TreeSet<Double> xs = new TreeSet<>();
        for (Series s : plot.series()) {
            for (Point p : s.points()) {
                if (drawable(p.x(), p.y(), log)) {
                    xs.add(p.x());
                } else {
                    hidden.add(LatexText.escape(s.label() + " at " + Numbers.readable(p.x()) + ": " + Numbers.readable(p.y())));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("\\begin{center}\n");
        if (xs.isEmpty()) {
            out.append("\\textbf{").append(LatexText.escape(plot.title())).append("}\\\\\n")
                    .append("\\emph{No drawable points.}\n");
        } else {
            out.append("\\begin{tikzpicture}\n\\begin{axis}[\n");
            out.append("  width=0.82\\linewidth, height=0.5\\linewidth, grid=major, grid style={gray!20},\n");
            out.append("  title style={font=\\small\\bfseries, align=center, text width=0.8\\linewidth},\n");
            out.append("  label style={font=\\small}, tick label style={font=\\footnotesize},\n");
            out.append("  legend cell align=left, legend style={font=\\footnotesize, draw=none, fill=none,"
                    + " at={(0.5,-0.2)}, anchor=north},\n");
            if (log) {
                out.append("  xmode=log, ymode=log, log basis x=2,\n");
            }
            out.append("  title={").append(LatexText.escape(plot.title())).append("},\n");
            out.append("  xlabel={").append(LatexText.escape(plot.xLabel())).append("},\n");
            out.append("  ylabel={").append(LatexText.escape(plot.yLabel())).append("},\n");
            out.append(ticks(xs));
            if (log) {
                out.append(LogTicks.forNarrowRange(drawnYs(plot)));
            }
            out.append("  ]\n");
            for (int i = 0; i < plot.series().size(); i++) {
                appendSeries(out, plot.series().get(i), LatexColors.seriesColor(i), log);
            }
            out.append("\\end{axis}\n\\end{tikzpicture}\n");
        }
        if (!hidden.isEmpty()) {
            out.append("\\par\\footnotesize\\emph{Not drawn").append(log ? " (non-positive or non-finite on a log axis)" : " (non-finite)")
                    .append(":} ").append(String.join("; ", hidden)).append("\\par\n");
        }
        out.append("\\end{center}\n");
        return out.toString();
    }

    /** Every y value that ends up on the axis: points, spread ends and line ends. */
    private static List<Double> drawnYs(Plot plot) {
        List<Double> ys = new ArrayList<>();
        for (Series s : plot.series()) {
            List<Point> drawn = s.points().stream().filter(p -> drawable(p.x(), p.y(), true)).toList();
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

    private static boolean drawable(double x, double y, boolean log) {
        return Double.isFinite(x) && Double.isFinite(y) && (!log || x > 0 && y > 0);
    }

    private static String ticks(TreeSet<Double> xs) {
        if (xs.size() > MAX_EXPLICIT_TICKS) {
            return "";
        }
        List<String> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (double x : xs) {
            at.add(Numbers.exact(x));
            labels.add("$" + Numbers.readable(x) + "$");
        }
        return "  xtick={" + String.join(",", at) + "}, xticklabels={" + String.join(",", labels) + "},\n"
                + "  xminorticks=false,\n";
    }

    private static void appendSeries(StringBuilder out, Series series, String color, boolean log) {
        List<Point> drawn = series.points().stream().filter(p -> drawable(p.x(), p.y(), log)).toList();
        if (drawn.isEmpty()) {
            return;
        }
        out.append("\\addplot+[only marks, mark=*, mark size=1.8pt, color=").append(color)
                .append(", error bars/.cd, y dir=both, y explicit] coordinates {\n");
        for (Point p : drawn) {
            out.append("  (").append(Numbers.exact(p.x())).append(',').append(Numbers.exact(p.y())).append(')');
            if (p.hasSpread() && Double.isFinite(p.yMin()) && Double.isFinite(p.yMax()) && (!log || p.yMin() > 0)) {
                out.append(" += (0,").append(Numbers.exact(Math.max(0, p.yMax() - p.y())))
                        .append(") -= (0,").append(Numbers.exact(Math.max(0, p.y() - p.yMin()))).append(')');
            }
            out.append('\n');
        }
        out.append("};\n\\addlegendentry{").append(LatexText.escape(series.label())).append("}\n");
        double lo = drawn.stream().mapToDouble(Point::x).min().orElseThrow();
        double hi = drawn.stream().mapToDouble(Point::x).max().orElseThrow();
        FitLine fit = series.fit();
        if (fit != null) {
            appendLine(out, color + ", thick", lo, hi, fit.valueAt(lo, log), fit.valueAt(hi, log), log, fit.label());
        }
        SlopeLine predicted = series.predicted();
        if (predicted != null) {
            appendLine(out, color + ", thick, dashed", lo, hi, predicted.valueAt(lo, log), predicted.valueAt(hi, log),
                    log, predicted.label());
        }
    }

    private static void appendLine(StringBuilder out, String style, double x0, double x1, double y0, double y1,
                                   boolean log, String label) {
        if (!drawable(x0, y0, log) || !drawable(x1, y1, log)) {
            return;
        }
        out.append("\\addplot[").append(style).append(", no marks] coordinates {(")
                .append(Numbers.exact(x0)).append(',').append(Numbers.exact(y0)).append(") (")
                .append(Numbers.exact(x1)).append(',').append(Numbers.exact(y1)).append(")};\n");
        out.append("\\addlegendentry{").append(LatexText.escape(label)).append("}\n");
    }
}
