package io.multilin.reports.render;

import io.multilin.reports.model.Alignment;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Figure;
import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.Formula;
import io.multilin.reports.model.KeyValues;
import io.multilin.reports.model.Note;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;
import io.multilin.reports.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Report} as GitHub-flavoured Markdown: pipe tables, {@code $...$} for inline
 * math and {@code math} fences for formulas, quotes for notes, and each plot as a table of its
 * points followed by its fitted and predicted lines in words; with {@link #renderWithPlots} each
 * plot is also an SVG file ({@link SvgPlot}) linked relatively, which a code-hosting site shows.
 * All plain text goes through {@link MarkdownText}.
 */
public final class MarkdownRenderer {

    /** The Markdown alone: plots as tables of their values. */
    public String render(Report report) {
        return render(report, null).markdown();
    }

    /**
     * The Markdown and one SVG file per plot, named {@code <prefix>-plot-<n>.svg}, to be written
     * next to the Markdown file; {@code prefix} is a file-name stem the caller chose (it is
     * reduced to letters, digits, dot, dash and underscore).
     */
    public MarkdownDocument renderWithPlots(Report report, String prefix) {
        return render(report, prefix.replaceAll("[^A-Za-z0-9._-]", "_").replaceFirst("^\\.", "_"));
    }

    private MarkdownDocument render(Report report, String prefix) {
        List<MarkdownDocument.Attachment> files = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        out.append("# ").append(MarkdownText.escape(report.title())).append("\n\n");
        for (Section section : report.sections()) {
            out.append("## ").append(MarkdownText.escape(section.title())).append("\n\n");
            for (Block block : section.blocks()) {
                if (block instanceof Figure figure) {
                    // the caption first, then each panel as a plot of its own
                    out.append("**Figure:** ").append(RichTexts.markdown(figure.caption())).append("\n\n");
                    for (Plot panel : figure.panels()) {
                        out.append(plotWithImage(panel, prefix, files)).append('\n');
                    }
                } else if (block instanceof Plot plot) {
                    out.append(plotWithImage(plot, prefix, files)).append('\n');
                } else {
                    out.append(block(block)).append('\n');
                }
            }
        }
        // where the report came from goes last: the summary table is the first thing a reader sees
        List<KeyValues.Entry> meta = MetadataEntries.of(report.metadata());
        if (!meta.isEmpty()) {
            out.append("## About this run\n\n").append(keyValues(meta));
        }
        return new MarkdownDocument(out.toString(), files);
    }

    /** A plot's table and lines, after a link to its SVG file (added to {@code files}) when there is a prefix. */
    private static String plotWithImage(Plot plot, String prefix, List<MarkdownDocument.Attachment> files) {
        if (prefix == null) {
            return plot(plot);
        }
        String name = prefix + "-plot-" + (files.size() + 1) + ".svg";
        files.add(new MarkdownDocument.Attachment(name, SvgPlot.render(plot)));
        return "![" + MarkdownText.escape(plot.title().plain()) + "](" + name + ")\n\n" + plot(plot);
    }

    private static String block(Block block) {
        if (block instanceof Paragraph p) {
            return RichTexts.markdownParagraphs(p.text());
        } else if (block instanceof Table t) {
            return table(t);
        } else if (block instanceof Formula f) {
            return formula(f);
        } else if (block instanceof Note n) {
            return "> **" + (n.kind() == Note.Kind.WARNING ? "Warning" : "Reason") + ".** "
                    + RichTexts.markdown(n.text()) + "\n";
        } else if (block instanceof KeyValues kv) {
            return keyValues(kv.entries());
        }
        throw new IllegalArgumentException("unknown block " + block.getClass());
    }

    private static String keyValues(List<KeyValues.Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (KeyValues.Entry e : entries) {
            out.append("- **").append(RichTexts.markdown(e.key())).append(":** ")
                    .append(RichTexts.markdown(e.value())).append('\n');
        }
        return out.toString();
    }

    static String table(Table table) {
        StringBuilder out = new StringBuilder();
        if (!table.caption().isBlank()) {
            out.append("**Table:** ").append(MarkdownText.escape(table.caption())).append("\n\n");
        }
        row(out, table.header());
        out.append('|');
        for (Alignment a : table.alignments()) {
            out.append(switch (a) {
                case LEFT -> " :--- |";
                case CENTER -> " :---: |";
                case RIGHT -> " ---: |";
            });
        }
        out.append('\n');
        for (List<RichText> r : table.rows()) {
            row(out, r);
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<RichText> cells) {
        out.append('|');
        for (RichText cell : cells) {
            out.append(' ').append(RichTexts.markdown(cell)).append(" |");
        }
        out.append('\n');
    }

    /** Trusted math in a fence; a fence inside the source is impossible (no backticks pass the check). */
    private static String formula(Formula f) {
        String out = "```math\n" + f.latex().strip() + "\n```\n";
        if (f.plainText() != null && !f.plainText().isBlank()) {
            out += "\n(" + MarkdownText.escape(f.plainText()) + ")\n";
        }
        return out;
    }

    private static String plot(Plot plot) {
        StringBuilder out = new StringBuilder();
        out.append("**Figure:** ").append(RichTexts.markdown(plot.title()))
                .append(plot.logLog() ? " (log-log)" : "").append("\n\n");
        out.append("| series | ").append(RichTexts.markdown(plot.xLabel())).append(" | ")
                .append(RichTexts.markdown(plot.yLabel())).append(" | min | max |\n");
        out.append("| :--- | ---: | ---: | ---: | ---: |\n");
        for (Series s : plot.series()) {
            for (Point p : s.points()) {
                out.append("| ").append(MarkdownText.escape(s.label())).append(" | ").append(Numbers.readable(p.x()))
                        .append(" | ").append(Numbers.readable(p.y())).append(" | ")
                        .append(p.hasSpread() ? Numbers.readable(p.yMin()) : "").append(" | ")
                        .append(p.hasSpread() ? Numbers.readable(p.yMax()) : "").append(" |\n");
            }
        }
        out.append('\n');
        for (Series s : plot.series()) {
            FitLine fit = s.fit();
            if (fit != null) {
                out.append("- Fit of ").append(MarkdownText.escape(s.label())).append(": ")
                        .append(MarkdownText.escape(fit.label())).append(" (")
                        .append(plot.logLog() ? "ln y = " : "y = ").append(Numbers.readable(fit.intercept()))
                        .append(" + ").append(Numbers.readable(fit.slope())).append(plot.logLog() ? " ln x" : " x")
                        .append(")\n");
            }
            SlopeLine predicted = s.predicted();
            if (predicted != null) {
                out.append("- Prediction for ").append(MarkdownText.escape(s.label())).append(": ")
                        .append(MarkdownText.escape(predicted.label())).append(" (slope ")
                        .append(Numbers.readable(predicted.slope())).append(" through (")
                        .append(Numbers.readable(predicted.anchorX())).append(", ")
                        .append(Numbers.readable(predicted.anchorY())).append("))\n");
            }
        }
        return out.toString();
    }
}
