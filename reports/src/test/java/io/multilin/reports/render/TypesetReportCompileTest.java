package io.multilin.reports.render;

import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.multilin.reports.render.LatexCompileTest.requireTool;
import static io.multilin.reports.render.LatexCompileTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small report with math in table cells, text and plot titles, compiled with pdflatex (same
 * policy as {@link LatexCompileTest}: skipped without TeX, required in CI): exponents and norms
 * come out typeset, not as the ASCII spellings, the summary table comes before the first plot,
 * two plots share a row, and the first page renders to a non-trivial PNG.
 */
class TypesetReportCompileTest {

    @Test
    void mathIsTypesetAndTheSummaryComesFirst(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = new PdfCompiler();
        requireTool(compiler.available(), "pdflatex");
        Path tex = dir.resolve("typeset.tex");
        Files.writeString(tex, new LatexRenderer().render(report()));

        CompileResult result = compiler.compile(tex);

        assertEquals(CompileResult.Outcome.COMPILED, result.outcome(), result.message() + " " + result.errors());
        assertTrue(result.warnings().stream().noneMatch(w -> w.startsWith("Overfull")), result.warnings().toString());
        String text = run(dir, "pdftotext", result.pdf().toString(), "-");
        String flat = text.replaceAll("\\s+", " ");
        assertFalse(flat.contains("m^-1/2") || flat.contains("m^{-1/2}") || flat.contains("||H||"), flat);
        assertTrue(flat.contains("\u22121/2"), "a typeset exponent's minus sign: " + flat);
        assertTrue(flat.contains("\u2225H\u2225") || flat.contains("\u2016H\u2016"), "a typeset norm: " + flat);
        int summary = flat.indexOf("SUMMARY-MARK");
        int firstPlot = flat.indexOf("width");
        assertTrue(summary >= 0 && firstPlot > summary, "summary table before the first plot: " + flat);
        assertTrue(flat.indexOf("Tool version") > flat.indexOf("Not drawn"), "run facts come after the results: " + flat);

        run(dir, "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", result.pdf().toString(), dir.resolve("page").toString());
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        assertTrue(Files.size(png) > 20_000, "page PNG is " + Files.size(png) + " bytes");
        BufferedImage image = ImageIO.read(png.toFile());
        long ink = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if ((rgb >> 16 & 0xff) < 200 || (rgb >> 8 & 0xff) < 200 || (rgb & 0xff) < 200) {
                    ink++;
                }
            }
        }
        assertTrue(ink > (long) image.getWidth() * image.getHeight() / 50, "page looks blank: " + ink + " dark pixels");
    }

    /** Summary table with typeset cells, then one section with two plots that share a row. */
    static Report report() {
        MathNode mHalf = MathNode.pow(MathNode.var("m"), new MathNode.Frac(-1, 2));
        MathNode normH = new MathNode.Norm(MathNode.var("H"), null);
        Table summary = new Table("SUMMARY-MARK of the assertions",
                Table.texts(List.of("claim", "quantity", "predicted", "verdict")),
                List.of(List.of(RichText.of(SampleReports.MALICIOUS), RichText.math(normH), RichText.math(mHalf),
                        RichText.of("VERIFIED"))));
        Plot first = SampleReports.residualPlot();
        Plot second = new Plot(RichText.of("Hessian ", normH), RichText.of("width ", MathNode.var("m")),
                RichText.math(normH), true, first.series());
        return new Report("Typeset math", new Metadata("1.0", "2026-01-01", List.of(1L), "widths 64..4096", 1.0, List.of()),
                List.of(Section.of("Summary", new Paragraph(RichText.of("One claim; the Hessian decays like ", mHalf, ".")),
                                summary),
                        Section.of("A claim", new Paragraph("Two plots side by side."), first, second)));
    }
}
