package io.multilin.reports.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfCompilerTest {

    @Test
    void missingPdflatexGivesInstallInstructionsNotAnException(@TempDir Path dir) throws Exception {
        Path tex = dir.resolve("r.tex");
        Files.writeString(tex, "\\documentclass{article}\\begin{document}x\\end{document}\n");
        PdfCompiler compiler = new PdfCompiler(Duration.ofSeconds(5), "pdflatex-that-does-not-exist");
        assertFalse(compiler.available());
        CompileResult result = compiler.compile(tex);
        assertEquals(CompileResult.Outcome.NOT_INSTALLED, result.outcome());
        assertNull(result.pdf());
        assertTrue(result.message().contains(
                "apt-get install --no-install-recommends texlive-latex-base texlive-latex-recommended texlive-pictures"));
    }

    @Test
    void readsWarningsErrorsAndRerunRequestsFromALog() {
        String log = """
                This is pdfTeX, Version 3.141592653
                Overfull \\hbox (2.11372pt too wide) in paragraph at lines 184--184
                []|$\\OMS/cmsy/m/n/8 ^^@$\\OT1/cmr/m/n/8 0.4987|
                LaTeX Warning: Reference `x' on page 1 undefined on input line 5.
                Package longtable Warning: Table widths have changed. Rerun LaTeX.
                (longtable)                in the last row.
                Underfull \\hbox (badness 10000) in paragraph at lines 3--3
                ./report.tex:12: Undefined control sequence.
                ! Emergency stop.
                """;
        assertEquals(List.of("Overfull \\hbox (2.11372pt too wide) in paragraph at lines 184--184",
                "LaTeX Warning: Reference `x' on page 1 undefined on input line 5.",
                "Package longtable Warning: Table widths have changed. Rerun LaTeX. in the last row."),
                LatexLog.warnings(log));
        assertEquals(List.of("./report.tex:12: Undefined control sequence.", "! Emergency stop."), LatexLog.errors(log));
        assertTrue(LatexLog.asksForRerun(log));
        assertFalse(LatexLog.asksForRerun("Output written on report.pdf"));
    }
}
