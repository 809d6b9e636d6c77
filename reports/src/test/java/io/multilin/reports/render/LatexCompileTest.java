package io.multilin.reports.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Compiles real documents with pdflatex. Skipped only where pdflatex is absent (a developer
 * machine); CI installs TeX Live and poppler-utils.
 */
class LatexCompileTest {

    private static final Path PWNED = Path.of("/tmp/pwned");

    @Test
    void compilesTheFullSampleReportCleanly(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = new PdfCompiler();
        requireTool(compiler.available(), "pdflatex");
        boolean pwnedBefore = Files.exists(PWNED);
        Path tex = dir.resolve("sample report.tex");
        Files.writeString(tex, new LatexRenderer().render(SampleReports.full()));

        CompileResult result = compiler.compile(tex);

        assertEquals(CompileResult.Outcome.COMPILED, result.outcome(), result.message() + " " + result.errors());
        assertEquals(dir.resolve("sample report.pdf"), result.pdf());
        assertTrue(Files.size(result.pdf()) > 10_000);
        assertTrue(result.errors().isEmpty(), result.errors().toString());
        assertTrue(result.warnings().stream().noneMatch(w -> w.startsWith("Overfull")), result.warnings().toString());
        assertEquals(pwnedBefore, Files.exists(PWNED), "text must never run a shell command");

        String text = run(dir, "pdftotext", "-layout", result.pdf().toString(), "-");
        String flat = text.replaceAll("\\s+", " ");
        assertTrue(flat.contains("\\input{/etc/passwd} \\write18{touch /tmp/pwned} $ & %"), flat);
        assertTrue(flat.contains("# \u02dc { }") || flat.contains("# ~ { }"), flat);
        assertTrue(flat.contains("VERIFIED") && flat.contains("DISAGREEMENT") && flat.contains("Hessian norm over the ball"));

        run(dir, "pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", result.pdf().toString(), dir.resolve("page").toString());
        Path png;
        try (var files = Files.list(dir)) {
            png = files.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png"))
                    .findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        long ink = 0;
        long coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (r < 250 || g < 250 || b < 250) {
                    ink++;
                }
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 12) {
                    coloured++; // tinted verdict rows
                }
            }
        }
        long pixels = (long) image.getWidth() * image.getHeight();
        assertTrue(ink > pixels / 100, "page 1 looks blank: " + ink + " of " + pixels + " pixels inked");
        assertTrue(coloured > pixels / 200, "verdict rows are not coloured: " + coloured);
    }

    /** openin_any=p: a document that tries to read an absolute path fails instead. */
    @Test
    void paranoidFileAccessRefusesAbsolutePaths(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = new PdfCompiler();
        requireTool(compiler.available(), "pdflatex");
        Path tex = dir.resolve("evil.tex");
        Files.writeString(tex, "\\documentclass{article}\\begin{document}\\input{/etc/hostname}\\end{document}\n");
        CompileResult result = compiler.compile(tex);
        assertEquals(CompileResult.Outcome.FAILED, result.outcome(), result.toString());
        assertFalse(Files.exists(dir.resolve("evil.pdf")));
    }

    /** Skips on a developer machine without the tool; fails in CI (CI=true), which must install it. */
    static void requireTool(boolean available, String tool) {
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(available, tool + " is not installed, but CI must install it (.ci/run)");
        }
        assumeTrue(available, tool + " is not installed");
    }

    static String run(Path dir, String... command) throws IOException, InterruptedException {
        requireTool(onPath(command[0]), command[0] + " (poppler-utils)");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(out, StandardCharsets.UTF_8));
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String name) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) {
                return true;
            }
        }
        return false;
    }
}
