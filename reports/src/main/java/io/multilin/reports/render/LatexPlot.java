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
 * Plots as pgfplots axes, two to a row (minipages of 0.48 of the line width, not floats, so
 * no float leaves a half-empty page) with one legend per row drawn below it: marks with min/max
 * error bars per series, the fitted line solid and the predicted slope dashed over the measured
 * x range. A plot's own fitted and predicted slopes are written under it, since a shared legend
 * cannot carry them. Points that cannot be drawn (non-finite, or non-positive on a log axis)
 * are listed under the row rather than dropped silently.
 */
final class LatexPlot {

    private static final int MAX_EXPLICIT_TICKS = 8;

    private LatexPlot() {
    }

    /** Two plots can share a row and a legend when their series read the same. */
    static boolean canShareRow(Plot a, Plot b) {
        return a.series().stream().map(Series::label).toList().equals(b.series().stream().map(Series::label).toList());
    }

    /** One row of one or two plots, with their shared legend below. */
    static String row(List<Plot> plots) {
        List<String> hidden = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("\\par\\medskip\\noindent\\begin{minipage}{\\linewidth}\\centering\n");
        for (int i = 0; i < plots.size(); i++) {
            out.append(i == 0 ? "" : "\\hfill").append("\\begin{minipage}[t]{0.48\\linewidth}\\centering\n");
            out.append(axis(plots.get(i), hidden)).append(perPlotLines(plots.get(i)));
            out.append("\\end{minipage}\n");
        }
        out.append("\\par\\smallskip\n").append(legend(plots.get(0)));
        if (!hidden.isEmpty()) {
            out.append("\\par\\footnotesize\\emph{Not drawn").append(plots.get(0).logLog()
                    ? " (non-positive or non-finite on a log axis)" : " (non-finite)")
                    .append(":} ").append(String.join("; ", hidden)).append('\n');
        }
        out.append("\\end{minipage}\\par\\medskip\n");
        return out.toString();
    }

    private static String axis(Plot plot, List<String> hidden) {
        boolean log = plot.logLog();
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
        if (xs.isEmpty()) {
            return "{\\small\\bfseries " + RichTexts.latex(plot.title()) + "}\\\\\n\\emph{No drawable points.}\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("\\begin{tikzpicture}\n\\begin{axis}[\n");
        out.append("  scale only axis, width=0.76\\linewidth, height=0.56\\linewidth, grid=major, grid style={gray!20},\n");
        out.append("  title style={font=\\small, align=center, text width=0.76\\linewidth},\n");
        out.append("  label style={font=\\small}, tick label style={font=\\scriptsize},\n");
        if (log) {
            out.append("  xmode=log, ymode=log, log basis x=2,\n");
        }
        out.append("  title={").append(RichTexts.latex(plot.title())).append("},\n");
        out.append("  xlabel={").append(RichTexts.latex(plot.xLabel())).append("},\n");
        out.append("  ylabel={").append(RichTexts.latex(plot.yLabel())).append("},\n");
        out.append(ticks(xs));
        if (log) {
            out.append(LogTicks.forNarrowRange(PlotGeometry.drawnYs(plot)));
        }
        out.append("  ]\n");
        for (int i = 0; i < plot.series().size(); i++) {
            appendSeries(out, plot.series().get(i), LatexColors.seriesColor(i), log);
        }
        out.append("\\end{axis}\n\\end{tikzpicture}\n");
        return out.toString();
    }

    /** The fitted and predicted lines' own labels (their slopes), which differ from plot to plot. */
    private static String perPlotLines(Plot plot) {
        List<String> lines = new ArrayList<>();
        for (Series s : plot.series()) {
            if (s.fit() != null) {
                lines.add(LatexText.escape(s.fit().label()));
            }
            if (s.predicted() != null) {
                lines.add(LatexText.escape(s.predicted().label()));
            }
        }
        return lines.isEmpty() ? "" : "\\par{\\scriptsize " + String.join("; ", lines) + "}\n";
    }

    /** Samples of each series' mark, and of the solid (fit) and dashed (predicted) line styles. */
    private static String legend(Plot plot) {
        List<String> entries = new ArrayList<>();
        boolean fit = false;
        boolean predicted = false;
        for (int i = 0; i < plot.series().size(); i++) {
            Series s = plot.series().get(i);
            String color = LatexColors.seriesColor(i);
            entries.add("\\tikz[baseline=-0.6ex]{\\draw[" + color + "] (0,-0.12) -- (0,0.12);\\fill[" + color
                    + "] (0,0) circle (1.6pt);}~" + LatexText.escape(s.label()));
            fit |= s.fit() != null;
            predicted |= s.predicted() != null;
        }
        if (fit) {
            entries.add("\\tikz[baseline=-0.6ex]{\\draw[thick] (0,0) -- (0.5,0);}~fitted slope");
        }
        if (predicted) {
            entries.add("\\tikz[baseline=-0.6ex]{\\draw[thick, dashed] (0,0) -- (0.5,0);}~predicted slope");
        }
        return "{\\footnotesize " + String.join("\\quad ", entries) + "}\n";
    }

    private static boolean drawable(double x, double y, boolean log) {
        return PlotGeometry.drawable(x, y, log);
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
        out.append("\\addplot+[only marks, mark=*, mark size=1.5pt, color=").append(color)
                .append(", error bars/.cd, y dir=both, y explicit] coordinates {\n");
        for (Point p : drawn) {
            out.append("  (").append(Numbers.exact(p.x())).append(',').append(Numbers.exact(p.y())).append(')');
            if (p.hasSpread() && Double.isFinite(p.yMin()) && Double.isFinite(p.yMax()) && (!log || p.yMin() > 0)) {
                out.append(" += (0,").append(Numbers.exact(Math.max(0, p.yMax() - p.y())))
                        .append(") -= (0,").append(Numbers.exact(Math.max(0, p.y() - p.yMin()))).append(')');
            }
            out.append('\n');
        }
        out.append("};\n");
        double lo = drawn.stream().mapToDouble(Point::x).min().orElseThrow();
        double hi = drawn.stream().mapToDouble(Point::x).max().orElseThrow();
        FitLine fit = series.fit();
        if (fit != null) {
            appendLine(out, color + ", thick", lo, hi, fit.valueAt(lo, log), fit.valueAt(hi, log), log);
        }
        SlopeLine predicted = series.predicted();
        if (predicted != null) {
            appendLine(out, color + ", thick, dashed", lo, hi, predicted.valueAt(lo, log), predicted.valueAt(hi, log), log);
        }
    }

    private static void appendLine(StringBuilder out, String style, double x0, double x1, double y0, double y1,
                                   boolean log) {
        if (!drawable(x0, y0, log) || !drawable(x1, y1, log)) {
            return;
        }
        out.append("\\addplot[").append(style).append(", no marks] coordinates {(")
                .append(Numbers.exact(x0)).append(',').append(Numbers.exact(y0)).append(") (")
                .append(Numbers.exact(x1)).append(',').append(Numbers.exact(y1)).append(")};\n");
    }
}
