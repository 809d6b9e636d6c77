package io.multilin.reports.render;

import io.multilin.reports.model.Inline;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.PlainMath;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Series;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A {@link Plot} as a standalone SVG image, for Markdown on a code-hosting site (which shows
 * SVG but not pgfplots): axes with ticks (log ticks on log axes), each point with its spread as
 * a bar, the fitted line solid, the predicted slope dashed, a legend below (the image grows to
 * hold it). Series differ in colour and in marker shape, as in the pgfplots output, so that
 * they stay apart in black and white; a plot of several series names each one's slopes on its
 * own legend line, as {@link LatexPlot} does. Text is escaped for
 * XML; math in titles and labels is written in Unicode ({@link
 * io.multilin.reports.model.PlainMath}). Non-drawable points are left out here; the Markdown
 * table under the image lists every value.
 */
public final class SvgPlot {

    private static final int WIDTH = 520;
    private static final int MIN_HEIGHT = 400;
    private static final double LEFT = 78;
    private static final double RIGHT = WIDTH - 18;
    private static final double TOP = 44;
    private static final double BOTTOM = 288;
    private static final double LEGEND_TOP = BOTTOM + 60;
    private static final double LEGEND_ROW = 16;
    private static final int TITLE_SIZE = 14;
    private static final double TITLE_ROW = 18;
    private static final String[] COLORS = {"#1f3fb3", "#bf1f1f", "#1b7837", "#d06f00", "#7b2fbe", "#00807f"};

    private final Plot plot;
    private final boolean log;
    private final Axis x;
    private final Axis y;
    private final List<RichText> title;
    private final int height;

    private SvgPlot(Plot plot) {
        this.plot = plot;
        this.title = wrap(plot.title(), WIDTH - 24, TITLE_SIZE);
        this.height = (int) Math.max(MIN_HEIGHT, Math.ceil(LEGEND_TOP + LEGEND_ROW * legendRows(plot))) + titleShift();
        this.log = plot.logLog();
        List<Double> xs = new ArrayList<>();
        List<Double> ys = log ? PlotGeometry.drawnYs(plot) : new ArrayList<>();
        for (Series s : plot.series()) {
            for (Point p : PlotGeometry.drawn(s, log)) {
                xs.add(p.x());
                if (!log) {
                    ys.add(p.y());
                }
            }
        }
        this.x = xs.isEmpty() ? null : Axis.of(xs, log, LEFT, RIGHT, true);
        this.y = ys.isEmpty() ? null : Axis.of(ys, log, BOTTOM, TOP, false);
    }

    public static String render(Plot plot) {
        return new SvgPlot(plot).svg();
    }

    private String svg() {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\">\n",
                WIDTH, height, WIDTH, height));
        out.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, height));
        for (int i = 0; i < title.size(); i++) {
            out.append(rich(WIDTH / 2.0, 22 + TITLE_ROW * i, "middle", TITLE_SIZE, title.get(i), ""));
        }
        if (x == null || y == null) {
            out.append(text(WIDTH / 2.0, height / 2.0, "middle", 12, "No drawable points.", "")).append("</svg>\n");
            return out.toString();
        }
        // a title of several lines moves the rest down as a whole
        out.append(String.format(Locale.ROOT, "<g transform=\"translate(0 %d)\">\n", titleShift()));
        axes(out);
        for (int i = 0; i < plot.series().size(); i++) {
            series(out, plot.series().get(i), i);
        }
        legend(out);
        out.append("</g>\n</svg>\n");
        return out.toString();
    }

    private void axes(StringBuilder out) {
        out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"none\""
                + " stroke=\"#333\"/>\n", LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP));
        for (double t : x.ticks()) {
            double px = x.at(t);
            out.append(line(px, TOP, px, BOTTOM, "#e4e4e4", "")).append(line(px, BOTTOM, px, BOTTOM + 5, "#333", ""));
            out.append(text(px, BOTTOM + 18, "middle", 11, Numbers.readable(t), ""));
        }
        for (double t : y.ticks()) {
            double py = y.at(t);
            out.append(line(LEFT, py, RIGHT, py, "#e4e4e4", "")).append(line(LEFT - 5, py, LEFT, py, "#333", ""));
            out.append(text(LEFT - 8, py + 4, "end", 11, Numbers.readable(t), ""));
        }
        out.append(rich((LEFT + RIGHT) / 2, BOTTOM + 38, "middle", 12, plot.xLabel(), ""));
        double midY = (TOP + BOTTOM) / 2;
        out.append(rich(16, midY, "middle", 12, plot.yLabel(),
                String.format(Locale.ROOT, " transform=\"rotate(-90 16 %.1f)\"", midY)));
    }

    private void series(StringBuilder out, Series s, int index) {
        String color = color(index);
        List<Point> drawn = PlotGeometry.drawn(s, log);
        if (drawn.isEmpty()) {
            return;
        }
        double lo = drawn.stream().mapToDouble(Point::x).min().orElseThrow();
        double hi = drawn.stream().mapToDouble(Point::x).max().orElseThrow();
        if (s.fit() != null) {
            lineBetween(out, lo, s.fit().valueAt(lo, log), hi, s.fit().valueAt(hi, log), color, "");
        }
        if (s.predicted() != null) {
            lineBetween(out, lo, s.predicted().valueAt(lo, log), hi, s.predicted().valueAt(hi, log), color,
                    " stroke-dasharray=\"6 4\"");
        }
        for (Point p : drawn) {
            double px = x.at(p.x());
            if (p.hasSpread() && PlotGeometry.drawable(p.x(), p.yMin(), log) && PlotGeometry.drawable(p.x(), p.yMax(), log)) {
                out.append(line(px, y.at(p.yMin()), px, y.at(p.yMax()), color, ""));
            }
            out.append(marker(px, y.at(p.y()), index, String.format(Locale.ROOT, " class=\"point\" data-x=\"%s\" data-y=\"%s\"",
                    Numbers.exact(p.x()), Numbers.exact(p.y()))));
        }
    }

    private void lineBetween(StringBuilder out, double x0, double y0, double x1, double y1, String color, String extra) {
        if (PlotGeometry.drawable(x0, y0, log) && PlotGeometry.drawable(x1, y1, log)) {
            out.append(line(x.at(x0), y.clamped(y0), x.at(x1), y.clamped(y1), color, " stroke-width=\"1.8\"" + extra));
        }
    }

    private int titleShift() {
        return (int) (TITLE_ROW * (title.size() - 1));
    }

    /**
     * Text broken into lines that fit {@code width} pixels at {@code size}: between words of its
     * text spans, never inside a formula. SVG text does not wrap by itself, and a long title
     * (a claim's id and verdict) would run off the image. Widths are estimated from the
     * characters (0.6 of the size each), which errs wide for proportional fonts.
     */
    static List<RichText> wrap(RichText text, double width, int size) {
        List<RichText> lines = new ArrayList<>();
        List<Object> line = new ArrayList<>();
        double used = 0;
        for (Inline span : text.spans()) {
            List<Object> pieces = new ArrayList<>();
            if (span instanceof Inline.Math m) {
                pieces.add(m.node());
            } else {
                // each word keeps the space after it, so that joined lines read as the text did
                for (String word : ((Inline.Text) span).text().split("(?<= )")) {
                    pieces.add(word);
                }
            }
            for (Object piece : pieces) {
                double w = 0.6 * size * (piece instanceof String t ? t.length() : PlainMath.render((MathNode) piece).length());
                if (used + w > width && !line.isEmpty()) {
                    lines.add(RichText.of(line.toArray()));
                    line.clear();
                    used = 0;
                }
                line.add(piece);
                used += w;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(RichText.of(line.toArray()));
        }
        return lines;
    }

    /** Legend lines: per series its label and each line's label, or one line each when the plot has several. */
    private static int legendRows(Plot plot) {
        if (LatexPlot.ownLegend(plot)) {
            boolean lines = plot.series().stream().anyMatch(s -> !PlotGeometry.lineLabels(s).isEmpty());
            return plot.series().size() + (lines ? 1 : 0);
        }
        return plot.series().stream().mapToInt(s -> 1 + PlotGeometry.lineLabels(s).size()).sum();
    }

    private void legend(StringBuilder out) {
        double row = LEGEND_TOP;
        boolean several = LatexPlot.ownLegend(plot);
        for (int i = 0; i < plot.series().size(); i++) {
            Series s = plot.series().get(i);
            out.append(marker(LEFT + 6, row - 4, i, ""));
            out.append(text(LEFT + 18, row, "start", 11, several ? PlotGeometry.legendEntry(s) : s.label(), ""));
            row += LEGEND_ROW;
            if (several) {
                continue;
            }
            if (s.fit() != null) {
                out.append(line(LEFT, row - 4, LEFT + 12, row - 4, color(i), " stroke-width=\"1.8\""));
                out.append(text(LEFT + 18, row, "start", 11, s.fit().label(), ""));
                row += LEGEND_ROW;
            }
            if (s.predicted() != null) {
                out.append(line(LEFT, row - 4, LEFT + 12, row - 4, color(i), " stroke-width=\"1.8\" stroke-dasharray=\"4 3\""));
                out.append(text(LEFT + 18, row, "start", 11, s.predicted().label(), ""));
                row += LEGEND_ROW;
            }
        }
        if (several && legendRows(plot) > plot.series().size()) {
            // the line styles once, in neutral grey: each series' slopes are on its own line
            out.append(line(LEFT, row - 4, LEFT + 12, row - 4, "#333", " stroke-width=\"1.8\""));
            out.append(text(LEFT + 18, row, "start", 11, "fitted slope", ""));
            out.append(line(LEFT + 120, row - 4, LEFT + 132, row - 4, "#333", " stroke-width=\"1.8\" stroke-dasharray=\"4 3\""));
            out.append(text(LEFT + 138, row, "start", 11, "predicted slope", ""));
        }
    }

    private static String color(int index) {
        return COLORS[index % COLORS.length];
    }

    /**
     * The marker of series {@code index} at (cx, cy), the shapes of {@link LatexPlot#mark}:
     * filled circle, square, triangle, diamond, pentagon, then hollow circle and square.
     */
    private static String marker(double cx, double cy, int index, String attributes) {
        String color = color(index);
        int shape = index % LatexPlot.MARKS.length;
        String paint = shape >= 5 ? String.format(" fill=\"white\" stroke=\"%s\" stroke-width=\"1.4\"", color)
                : String.format(" fill=\"%s\"", color);
        int corners = new int[] {0, 4, 3, 4, 5, 0, 4}[shape];
        if (corners == 0) {
            return String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"3.2\"%s%s/>\n", cx, cy, paint, attributes);
        }
        // a regular polygon with a corner at the top (a square stands on its side: start at 45 degrees)
        double start = shape == 1 || shape == 6 ? -Math.PI / 4 : -Math.PI / 2;
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < corners; k++) {
            double a = start + 2 * Math.PI * k / corners;
            d.append(k == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.2f %.2f", cx + 4.2 * Math.cos(a), cy + 4.2 * Math.sin(a)));
        }
        return String.format(Locale.ROOT, "<path d=\"%s Z\"%s%s/>\n", d, paint, attributes);
    }

    private static String line(double x0, double y0, double x1, double y1, String color, String extra) {
        return String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" stroke=\"%s\"%s/>\n",
                x0, y0, x1, y1, color, extra);
    }

    private static String text(double px, double py, String anchor, int size, String content, String extra) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>\n",
                px, py, anchor, size, extra, xml(content));
    }

    /** Text with math: scripts raised and lowered by tspans. */
    private static String rich(double px, double py, String anchor, int size, RichText content, String extra) {
        StringBuilder body = new StringBuilder();
        for (Inline span : content.spans()) {
            // math leaves are letters, digits, a few safe punctuation marks and fixed symbols: no XML escaping needed
            body.append(span instanceof Inline.Math m ? SVG_MATH.text(m.node()) : xml(((Inline.Text) span).text()));
        }
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>%s</text>\n",
                px, py, anchor, size, extra, body);
    }

    private static final PlainMath SVG_MATH = new PlainMath(new PlainMath.Scripts() {
        @Override
        public String sub(String script, boolean single) {
            return "<tspan baseline-shift=\"sub\" font-size=\"75%\">" + script + "</tspan>";
        }

        @Override
        public String sup(String script, boolean single) {
            return "<tspan baseline-shift=\"super\" font-size=\"75%\">" + script + "</tspan>";
        }
    });

    /** XML text: markup characters as entities, characters XML 1.0 forbids as visible code points. */
    static String xml(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF
                            || cp >= 0xE000 && cp <= 0xFFFD || cp >= 0x10000 && cp <= 0x10FFFF;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(String.format("[U+%04X]", cp));
                    }
                }
            }
        });
        return out.toString();
    }

    /** One axis: the data range (padded), where a value lands in pixels, and the ticks. */
    private record Axis(double lo, double hi, boolean log, double from, double to, List<Double> ticks) {

        static Axis of(List<Double> values, boolean log, double from, double to, boolean horizontal) {
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            double a = log ? Math.log(min) : min;
            double b = log ? Math.log(max) : max;
            double pad = b > a ? 0.06 * (b - a) : (log ? 0.5 : Math.max(1, Math.abs(a)) * 0.5);
            double lo = log ? Math.exp(a - pad) : a - pad;
            double hi = log ? Math.exp(b + pad) : b + pad;
            List<Double> ticks = new ArrayList<>();
            if (log && horizontal && new TreeSet<>(values).size() <= 8) {
                ticks.addAll(new TreeSet<>(values));
            } else if (log) {
                ticks.addAll(LogTicks.narrow(values));
                if (ticks.isEmpty()) {
                    ticks.addAll(LogTicks.decades(lo, hi));
                }
            } else {
                ticks.addAll(LogTicks.linear(lo, hi));
            }
            ticks.removeIf(t -> t < lo || t > hi);
            return new Axis(lo, hi, log, from, to, ticks);
        }

        double at(double v) {
            double f = log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
            return from + f * (to - from);
        }

        /** Lines may leave the padded range; they are cut at the frame rather than drawn outside it. */
        double clamped(double v) {
            return at(Math.max(lo, Math.min(hi, v)));
        }
    }
}
