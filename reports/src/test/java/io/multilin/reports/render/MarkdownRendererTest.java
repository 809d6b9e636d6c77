package io.multilin.reports.render;

import io.multilin.reports.model.Report;
import io.multilin.reports.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    @Test
    void summaryTableCellsSurviveRenderingExactly() {
        Table summary = SampleReports.summary();
        String md = MarkdownRenderer.table(summary);
        List<List<String>> parsed = parseRows(md);
        assertEquals(plain(summary.header()), parsed.get(0));
        assertEquals(summary.rows().stream().map(MarkdownRendererTest::plain).toList(), parsed.subList(1, parsed.size()));
        assertTrue(md.contains("| :--- | :--- | ---: | ---: | :--- |"), md);
    }

    @Test
    void hostileCellsStayInTheirColumn() {
        Table t = Table.ofText("c", List.of("a|b", "verdict"), List.of(List.of("x | y\n| z", "REFUTED"),
                List.of(SampleReports.MALICIOUS, "VERIFIED")));
        List<List<String>> parsed = parseRows(MarkdownRenderer.table(t));
        assertEquals(List.of("a|b", "verdict"), parsed.get(0));
        assertEquals(List.of("x | y | z", "REFUTED"), parsed.get(1));
        assertEquals(List.of(SampleReports.MALICIOUS, "VERIFIED"), parsed.get(2));
    }

    @Test
    void wholeReportHasHeadingsPlotPointsAndFitText() {
        Report report = SampleReports.full();
        String md = new MarkdownRenderer().render(report);
        assertTrue(md.startsWith("# Verification report \\\\input\\{/etc/passwd\\}"), md);
        assertTrue(md.contains("## Summary\n"));
        assertTrue(md.contains("- **Seeds:** 1, 2, 3\n"));
        assertTrue(md.contains("```math\n\\sup_{w \\in B(w_0, R)}"), md);
        assertTrue(md.contains("| median over 3 seeds \\(min/max bars\\) | 4096 |"), md);
        assertTrue(md.contains("- Fit of median over 3 seeds \\(min/max bars\\): fit: slope -0.499 [-0.531, -0.466]"
                .replace("[", "\\[").replace("]", "\\]") + " (ln y = 1.099 + -0.4987 ln x)"), md);
        assertTrue(md.contains("slope -1 through (64, 0.03125)"), md);
        assertTrue(md.contains("| order 2 residual | 4096 | 0 |  |  |"), "a point at the floor is listed, not hidden");
        assertTrue(md.contains("> **Warning.** One value"));
        assertFalse(md.contains("<"), "no raw HTML can appear");
    }

    /** Reads back a pipe table: splits on unescaped pipes and undoes the escaping. */
    static List<List<String>> parseRows(String md) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : md.split("\n")) {
            if (!line.startsWith("|") || line.matches("\\|( :?-+:? \\|)+")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            for (int i = 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    cell.append(line.charAt(++i));
                } else if (c == '|') {
                    cells.add(unentity(cell.toString().strip()));
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String unentity(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** Every plot becomes an SVG file linked relatively, and its values stay in a table under it. */
    @Test
    void plotsBecomeLinkedSvgFilesWithTheirTables() throws Exception {
        io.multilin.reports.model.Report report = SampleReports.full();
        long plots = report.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> b instanceof io.multilin.reports.model.Plot).count();
        MarkdownDocument doc = new MarkdownRenderer().renderWithPlots(report, "my report/../x");
        assertEquals(plots, doc.attachments().size());
        assertTrue(plots >= 2);
        for (MarkdownDocument.Attachment a : doc.attachments()) {
            assertTrue(a.fileName().matches("my_report_.._x-plot-\\d+\\.svg"), a.fileName());
            assertTrue(doc.markdown().contains("](" + a.fileName() + ")"), a.fileName());
            SvgPlotTest.parse(a.content());
        }
        assertEquals(plots, doc.markdown().split("\\*\\*Figure:\\*\\*", -1).length - 1);
        assertEquals(new MarkdownRenderer().render(report).replaceAll("!\\[[^\\n]*\\]\\([^)]*\\.svg\\)\\n\\n", ""),
                doc.markdown().replaceAll("!\\[[^\\n]*\\]\\([^)]*\\.svg\\)\\n\\n", ""));
    }

    static List<String> plain(List<io.multilin.reports.model.RichText> cells) {
        return cells.stream().map(io.multilin.reports.model.RichText::plain).toList();
    }
}
