package io.multilin.reports.render;

import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatexRendererTest {

    private final String document = new LatexRenderer().render(SampleReports.full());

    @Test
    void documentNeverContainsFileShellOrCatcodeCommands() {
        Matcher m = LatexTextTest.DANGEROUS.matcher(document.replace("\\usepackage", "\\USEPACKAGE"));
        assertFalse(m.find(), () -> "found " + m.group());
        assertTrue(document.contains("\\textbackslash{}\\allowbreak{}input\\{/\\allowbreak{}etc/"));
        assertTrue(document.chars().allMatch(c -> c == '\n' || c >= 0x20 && c < 0x7f), "pure printable ASCII");
    }

    @Test
    void verdictRowsAreColouredByStatus() {
        String table = LatexTable.render(SampleReports.summary());
        assertEquals(List.of("mlPassBg", "mlPassBg", "mlFailBg", "mlUndecidedBg", "mlUnsupportedBg", "mlConflictBg"),
                Pattern.compile("\\\\rowcolor\\{(\\w+)\\}").matcher(table).results().map(r -> r.group(1)).toList());
        assertTrue(table.contains("-{}\\allowbreak{}degree & 2 & 2 & VERIFIED \\\\\n"), table);
        assertTrue(table.contains("\\toprule\n\\textbf{claim} & \\textbf{assertion}"), table);
    }

    @Test
    void columnWidthsNeverExceedTheLine() {
        for (Table t : List.of(SampleReports.summary(), SampleReports.wide())) {
            double sum = Pattern.compile("p\\{\\\\dimexpr (\\d\\.\\d+)\\\\linewidth").matcher(LatexTable.render(t)).results()
                    .mapToDouble(r -> Double.parseDouble(r.group(1))).sum();
            assertTrue(sum > 0.5 && sum <= 1.0, "fractions sum to " + sum);
        }
    }

    @Test
    void plotsDrawPointsSpreadsFitAndPredictionAndListWhatTheyCannotDraw() {
        String plot = LatexPlot.row(List.of(SampleReports.residualPlot()));
        assertTrue(plot.contains("xmode=log, ymode=log"));
        assertTrue(plot.contains("(64,0.1) += (0,0.025) -= (0,0.025)"), plot);
        // Predicted slope -1 anchored at (64, 2/64): at 2048 it is 2/2048.
        assertTrue(plot.contains("(64,0.03125) (2048,0.0009765625)};"), plot);
        assertTrue(plot.contains("\\addplot[red!75!black, thick, dashed, no marks]"), plot);
        assertTrue(plot.contains("order 2 residual at 4096: 0"), plot);
        assertTrue(plot.contains("xtick={64,128,256,512,1024,2048}"), plot);
    }

    @Test
    void narrowLogRangesGetReadableTicks() {
        assertEquals("  ytick={0.05,0.1,0.2}, yticklabels={$0.05$,$0.1$,$0.2$},\n  yminorticks=false,\n",
                LogTicks.forNarrowRange(List.of(0.04, 0.25)));
        assertEquals("", LogTicks.forNarrowRange(List.of(1e-6, 1.0)));
    }

    @Test
    void aPlotWithNothingDrawableSaysSo() {
        Plot empty = new Plot("t", "x", "y", true, List.of(new Series("s", List.of(Point.of(1, Double.NaN)), null, null)));
        String out = LatexPlot.row(List.of(empty));
        assertFalse(out.contains("\\begin{axis}"));
        assertTrue(out.contains("No drawable points") && out.contains("s at 1: NaN"), out);
    }

    @Test
    void bodyCanBeUsedWithoutTheStandalonePreamble() {
        Report r = new Report("r", Metadata.empty(), List.of(Section.of("Appendix: checks", SampleReports.summary())));
        String body = new LatexRenderer().renderBody(r);
        assertTrue(body.startsWith("\\section{Appendix: checks}"));
        assertFalse(body.contains("\\documentclass") || body.contains("\\begin{document}"));
        assertTrue(LatexRenderer.preamble().contains("\\pgfplotsset{compat=1.18}"));
    }
}
