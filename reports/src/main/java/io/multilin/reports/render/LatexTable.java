package io.multilin.reports.render;

import io.multilin.reports.model.Alignment;
import io.multilin.reports.model.Inline;
import io.multilin.reports.model.PlainMath;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.RowStatus;
import io.multilin.reports.model.Table;

import java.util.List;
import java.util.Locale;

/**
 * A {@link Table} as a longtable with booktabs rules, a repeated header, fixed-width ragged
 * columns sized from the content (so wide tables wrap instead of overflowing) and rows tinted by
 * status. Column widths are fractions of the line width that sum to less than one.
 */
final class LatexTable {

    /** Text width of the document (A4, 2.5 cm margins) in points. */
    static final double LINE_WIDTH_PT = 455.0;
    private static final double TABCOLSEP_PT = 6.0;
    /** Typeset math against the width estimate of its Unicode spelling. */
    private static final double MATH_WIDTH = 0.75;

    private LatexTable() {
    }

    static String render(Table table) {
        int n = table.header().size();
        double[] natural = new double[n];
        double[] minimum = new double[n];
        measure(table.header(), natural, minimum);
        for (List<RichText> row : table.rows()) {
            measure(row, natural, minimum);
        }
        Sizing sizing = Sizing.choose(natural, minimum);
        StringBuilder out = new StringBuilder();
        out.append("\\begingroup").append(sizing.fontCommand).append('\n');
        out.append("\\begin{longtable}{@{}");
        for (int c = 0; c < n; c++) {
            String padding = n == 1 ? "0pt" : c == 0 || c == n - 1 ? "\\tabcolsep" : "2\\tabcolsep";
            out.append(String.format(Locale.ROOT, ">{%s\\arraybackslash}p{\\dimexpr %.4f\\linewidth-%s\\relax}",
                    alignCommand(table.alignments().get(c)), sizing.fractions[c], padding));
        }
        out.append("@{}}\n");
        String header = headerRow(table.header());
        if (!table.caption().isBlank()) {
            out.append("\\caption{").append(LatexText.escape(table.caption())).append("}\\\\\n");
        }
        out.append("\\toprule\n").append(header).append("\\midrule\n\\endfirsthead\n");
        out.append("\\multicolumn{").append(n).append("}{@{}l}{\\emph{(continued)}}\\\\\n");
        out.append("\\toprule\n").append(header).append("\\midrule\n\\endhead\n");
        out.append("\\bottomrule\n\\endlastfoot\n");
        for (int r = 0; r < table.rows().size(); r++) {
            RowStatus status = table.rowStatus().get(r);
            if (status != RowStatus.NONE) {
                out.append("\\rowcolor{").append(LatexColors.rowColor(status)).append('}');
            }
            List<RichText> row = table.rows().get(r);
            for (int c = 0; c < n; c++) {
                out.append(c == 0 ? "" : " & ").append(RichTexts.latexCell(row.get(c)));
            }
            out.append(" \\\\\n");
        }
        out.append("\\end{longtable}\n");
        if (table.caption().isBlank()) {
            out.append("\\addtocounter{table}{-1}\n"); // longtable counts even uncaptioned tables
        }
        out.append("\\endgroup\n");
        return out.toString();
    }

    private static String headerRow(List<RichText> header) {
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < header.size(); c++) {
            out.append(c == 0 ? "" : " & ").append("\\textbf{").append(RichTexts.latex(header.get(c))).append('}');
        }
        return out.append(" \\\\\n").toString();
    }

    private static String alignCommand(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> "\\raggedright";
            case CENTER -> "\\centering";
            case RIGHT -> "\\raggedleft";
        };
    }

    /** Natural width (longest cell) and minimum width (longest word) of each column, in em. */
    private static void measure(List<RichText> cells, double[] natural, double[] minimum) {
        for (int c = 0; c < cells.size(); c++) {
            double cellWidth = 0;
            for (Inline span : cells.get(c).spans()) {
                if (span instanceof Inline.Math m) {
                    // a formula is one unbreakable box, set narrower than its Unicode spelling (small scripts)
                    double w = MATH_WIDTH * width(PlainMath.render(m.node()));
                    minimum[c] = Math.max(minimum[c], w + 0.3);
                    cellWidth += w;
                    continue;
                }
                cellWidth += width(((Inline.Text) span).text());
                for (String word : ((Inline.Text) span).text().split("\\s+")) {
                    for (String chunk : LatexText.unbreakableChunks(word)) {
                        minimum[c] = Math.max(minimum[c], width(chunk) + 0.3);
                    }
                }
            }
            // The estimate is generous per letter; a whole cell averages out to about 85% of it.
            natural[c] = Math.max(natural[c], Math.max(0.85 * cellWidth, minimum[c]));
        }
    }

    /** A generous estimate of the width of text in Computer Modern, in em. */
    static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isUpperCase(ch) || "mw_%~-+=<>".indexOf(ch) >= 0) {
                w += 0.76;
            } else if (ch == ' ' || ch == 'i' || ch == 'l' || ch == '.' || ch == ',' || ch == '\'' || ch == '|') {
                w += 0.32;
            } else {
                w += 0.55;
            }
        }
        return w + 0.2;
    }

    /** Font size and column fractions: the largest size at which every word fits. */
    private record Sizing(String fontCommand, double[] fractions) {

        private static final String[] FONTS = {"\\small", "\\footnotesize", "\\scriptsize"};
        /** Size of one em at each font size, in points (11pt document). */
        private static final double[] EM_PT = {10.0, 9.0, 8.0};
        /** Smaller optical sizes of Computer Modern (cmr9, cmr8) are relatively wider. */
        private static final double[] OPTICAL = {1.0, 1.04, 1.09};

        static Sizing choose(double[] natural, double[] minimum) {
            int n = natural.length;
            for (int f = 0; f < FONTS.length; f++) {
                double em = EM_PT[f] * OPTICAL[f];
                double available = 0.99 * LINE_WIDTH_PT - 2 * TABCOLSEP_PT * (n - 1);
                double[] widthPt = new double[n];
                double sumMin = 0;
                double sumNatural = 0;
                for (int c = 0; c < n; c++) {
                    sumMin += minimum[c] * em;
                    sumNatural += natural[c] * em;
                }
                if (sumMin > available && f < FONTS.length - 1) {
                    continue;
                }
                for (int c = 0; c < n; c++) {
                    if (sumNatural <= available) {
                        widthPt[c] = natural[c] * em;
                    } else if (sumMin >= available) {
                        widthPt[c] = available * minimum[c] * em / sumMin;
                    } else {
                        double spare = (natural[c] - minimum[c]) * em;
                        widthPt[c] = minimum[c] * em
                                + (available - sumMin) * spare / (sumNatural - sumMin);
                    }
                }
                double[] fractions = new double[n];
                for (int c = 0; c < n; c++) {
                    double padding = 2 * TABCOLSEP_PT * (c == 0 || c == n - 1 ? (n == 1 ? 0 : 0.5) : 1);
                    fractions[c] = Math.floor((widthPt[c] + padding) / LINE_WIDTH_PT * 10000) / 10000;
                }
                return new Sizing(FONTS[f], fractions);
            }
            throw new AssertionError("unreachable");
        }
    }
}
