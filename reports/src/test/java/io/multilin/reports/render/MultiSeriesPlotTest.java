package io.multilin.reports.render;

import io.multilin.reports.model.Figure;
import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A plot of several series (one per gradient step) and a figure of such plots: every format
 * names each series with its own slopes, in order, tells the series apart by marker shape as well
 * as colour, and keeps hostile labels escaped.
 */
class MultiSeriesPlotTest {

    private static final List<String> LEGEND = List.of("t = 1: slope \u22120.480, predicted \u22121/2",
            "t = 3: slope \u22120.510, predicted \u22121/2", "t = 5: slope \u22120.530, predicted \u22121/2");

    /** Three steps, each a line of slope about -1/2 at its own height; no spreads (medians only). */
    static Plot steps(String title) {
        double[] slopes = {-0.48, -0.51, -0.53};
        List<Series> series = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int t = 2 * i + 1;
            List<Point> points = new ArrayList<>();
            for (int m = 64; m <= 1024; m *= 2) {
                points.add(Point.of(m, 0.1 * t * Math.pow(m / 64.0, slopes[i])));
            }
            String fit = String.format(java.util.Locale.ROOT, "slope \u2212%.3f", -slopes[i]);
            series.add(new Series("t = " + t, points, new FitLine(slopes[i], Math.log(0.1 * t) - slopes[i] * Math.log(64), fit),
                    new SlopeLine(-0.5, 64, 0.1 * t, "predicted \u22121/2")));
        }
        return new Plot(RichText.of(title), RichText.of("width ", MathNode.var("m")), RichText.of("value"), true, series);
    }

    static Figure figure() {
        return new Figure(List.of(steps("muP: VERIFIED"), steps("NTK: VERIFIED"), steps("SP: VERIFIED"),
                steps(SampleReports.MALICIOUS)), RichText.of("Coordinate check " + SampleReports.MALICIOUS));
    }

    @Test
    void latexGivesAMultiSeriesPlotItsOwnLegendWithEachSeriesSlopesInOrder() {
        String out = LatexPlot.row(List.of(steps("steps")));
        List<String> marks = Pattern.compile("\\\\addplot\\+\\[only marks, mark=([a-z*]+),").matcher(out).results()
                .map(r -> r.group(1)).toList();
        assertEquals(List.of("*", "square*", "triangle*"), marks, "a shape per series, for black and white");
        int at = -1;
        for (String entry : LEGEND) {
            int next = out.indexOf(LatexText.escape(entry));
            assertTrue(next > at, entry + " in order in\n" + out);
            at = next;
        }
        assertFalse(out.contains("error bars"), "no spread, no empty bars");
        assertTrue(out.contains("~fitted slope") && out.contains("~predicted slope"));
    }

    @Test
    void plotsOfSeveralSeriesPairUpButNotWithPlotsOfOne() {
        Plot several = steps("a");
        Plot one = SampleReports.hessianPlot();
        assertTrue(LatexPlot.canShareRow(several, steps("b")));
        assertFalse(LatexPlot.canShareRow(several, one));
        assertTrue(LatexPlot.canShareRow(one, SampleReports.hessianPlot()));
    }

    @Test
    void aLatexFigureIsOneBoxOfPanelsThreeToARowWithItsCaptionEscaped() {
        String out = LatexPlot.figure(figure());
        assertEquals(1, count(out, "\\begin{minipage}{\\linewidth}"), "one box: a page break cannot split it");
        assertEquals(4, count(out, "\\begin{minipage}[t]{0.32\\linewidth}"));
        assertEquals(4, count(out, LatexText.escape(LEGEND.get(2))), "each panel has its own legend");
        assertTrue(out.indexOf(LatexText.escape("Coordinate check " + SampleReports.MALICIOUS))
                > out.lastIndexOf("\\end{tikzpicture}"), "the caption under the panels");
        assertFalse(out.contains("\\input{") || out.contains("\\write18{"), out);
    }

    @Test
    void svgNamesEachSeriesWithItsSlopesAndDrawsEachWithItsOwnShape() throws Exception {
        Document svg = SvgPlotTest.parse(SvgPlot.render(steps("steps " + SampleReports.MALICIOUS)));
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        assertTrue(texts.containsAll(LEGEND), texts.toString());
        assertTrue(texts.indexOf(LEGEND.get(0)) < texts.indexOf(LEGEND.get(1))
                && texts.indexOf(LEGEND.get(1)) < texts.indexOf(LEGEND.get(2)));
        List<String> shapes = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if ("point".equals(e.getAttribute("class")) && "64".equals(e.getAttribute("data-x"))) {
                shapes.add(e.getTagName() + " " + e.getAttribute("fill"));
            }
        }
        assertEquals(3, shapes.size());
        assertEquals(3, shapes.stream().distinct().count(), "shape or colour differs: " + shapes);
        assertEquals("circle", shapes.get(0).split(" ")[0]);
        assertEquals("path", shapes.get(1).split(" ")[0]);
        assertEquals(0, svg.getElementsByTagName("script").getLength());
    }

    /** A title wider than the image wraps onto lines that fit, losing no word. */
    @Test
    void svgWrapsALongTitle() {
        String title = "yang2021-mup-tanh-depth4-features-move: regime feature-learning at t = 5: VERIFIED"
                + " (derived feature-learning, measured feature-learning)";
        List<RichText> lines = SvgPlot.wrap(RichText.of(title), 496, 14);
        assertTrue(lines.size() >= 2, lines.toString());
        for (RichText line : lines) {
            assertTrue(line.plain().strip().length() * 0.6 * 14 <= 496, line.plain());
        }
        assertEquals(title, String.join("", lines.stream().map(RichText::plain).toList()));
        assertEquals(1, SvgPlot.wrap(RichText.of("short"), 496, 14).size());
    }

    @Test
    void markdownListsEachSeriesFitAndAFigureAsCaptionThenPanels() throws Exception {
        Report report = new Report("r", Metadata.empty(), List.of(Section.of("Coordinate check", figure())));
        MarkdownDocument doc = new MarkdownRenderer().renderWithPlots(report, "r");
        assertEquals(4, doc.attachments().size(), "one SVG per panel");
        String md = doc.markdown();
        int caption = md.indexOf("**Figure:** Coordinate check \\\\input\\{/etc/passwd\\}");
        assertTrue(caption >= 0 && caption < md.indexOf("](r-plot-1.svg)"), md);
        for (MarkdownDocument.Attachment a : doc.attachments()) {
            SvgPlotTest.parse(a.content());
        }
        assertTrue(md.contains("- Fit of t = 3: slope \u22120.510 (ln y = "), md);
        assertTrue(md.contains("- Prediction for t = 5: predicted \u22121/2 (slope -0.5 through (64, 0.5))"), md);
    }

    @Test
    void jsonRoundTripsAFigure() throws Exception {
        Report report = new Report("r", Metadata.empty(), List.of(Section.of("s", figure(), steps("p"))));
        JsonRenderer json = new JsonRenderer();
        String text = json.render(report);
        assertTrue(text.contains("\"type\" : \"figure\""), text);
        assertEquals(report, json.read(text));
    }

    @Test
    void aReportWithAFigureCompilesWithoutOverfullBoxes(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = new PdfCompiler();
        LatexCompileTest.requireTool(compiler.available(), "pdflatex");
        Report report = new Report("r", Metadata.empty(), List.of(Section.of("Coordinate check", figure()),
                Section.of("Steps", steps("a"), steps("b"), SampleReports.hessianPlot())));
        Path tex = dir.resolve("figure.tex");
        Files.writeString(tex, new LatexRenderer().render(report));

        CompileResult result = compiler.compile(tex);

        assertEquals(CompileResult.Outcome.COMPILED, result.outcome(), result.message() + " " + result.errors());
        assertTrue(result.warnings().stream().noneMatch(w -> w.startsWith("Overfull")), result.warnings().toString());
        String text = LatexCompileTest.run(dir, "pdftotext", result.pdf().toString(), "-").replaceAll("\\s+", " ");
        assertTrue(text.contains("t = 5: slope \u22120.530, predicted \u22121/2"), text);
        assertTrue(text.contains("muP: VERIFIED") && text.contains("Coordinate check \\input{/etc/passwd}"), text);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
