package io.multilin.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.multilin.reports.render.PdfCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * pdflatex and pdftotext for the report tests: skipped on a machine without TeX, required in CI
 * (CI=true), which installs TeX Live and poppler (.ci/run).
 */
public final class PdfTools {

    private PdfTools() {
    }

    /** A compiler that is installed, or the test is skipped (failed in CI). */
    public static PdfCompiler requiredCompiler() {
        PdfCompiler compiler = new PdfCompiler();
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(compiler.available(), "pdflatex is not installed, but CI must install it (.ci/run)");
        }
        assumeTrue(compiler.available(), "pdflatex is not installed");
        return compiler;
    }

    /** The text a reader sees in the PDF, as pdftotext extracts it. */
    public static String text(Path pdf) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("pdftotext", pdf.toString(), "-").redirectErrorStream(true).start();
        String shown = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), shown);
        return shown;
    }
}
