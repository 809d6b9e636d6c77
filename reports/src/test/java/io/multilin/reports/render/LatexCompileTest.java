package io.multilin.reports.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class LatexCompileTest {

    @Test
    void compilesTheFullSampleReport(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = new PdfCompiler();
        assumeTrue(compiler.available(), "pdflatex not installed");
        Path tex = dir.resolve("report.tex");
        Files.writeString(tex, new LatexRenderer().render(SampleReports.full()));
        CompileResult result = compiler.compile(tex);
        Path keep = Path.of(System.getProperty("java.io.tmpdir"), "multilin-sample");
        Files.createDirectories(keep);
        Files.copy(tex, keep.resolve("report.tex"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        if (result.pdf() != null) {
            Files.copy(result.pdf(), keep.resolve("report.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        System.out.println(result);
        assertEquals(CompileResult.Outcome.COMPILED, result.outcome(), result.message());
    }
}
