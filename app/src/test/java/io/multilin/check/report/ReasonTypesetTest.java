package io.multilin.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.fakes.ScriptedSides;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.ReasonTextCases;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.real.SymbolicAdapter;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.reports.model.Report;
import io.multilin.reports.render.CompileResult;
import io.multilin.reports.render.LatexRenderer;
import io.multilin.reports.render.MarkdownRenderer;
import io.multilin.reports.render.PdfCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verdict reasons and claimed values are typeset in the report, through the same translation as
 * derivation steps: exponents as m^{-1/2}, norms as \|H\|, slopes, intervals and tolerances as
 * numbers, and none of the console's ASCII (m^-1/2, ||H||) is left, in the LaTeX source, the
 * Markdown or the compiled PDF (pdflatex: skipped without TeX, required in CI).
 */
class ReasonTypesetTest {

    /** Every kind of reason, and a scripted claim with blocks, init scales and a one-step change. */
    static Report report() throws InterruptedException {
        ClaimResult reasons = new NetworkClaimResult(ReasonTextCases.claim("hessian-norm: {exponent: -1/2}"),
                ReasonTextCases.all());
        ScriptedSides sides = new ScriptedSides().exponent(new Quantity.HessianBlock(List.of(1, 2, 3), List.of(4, 5)),
                -1, 2).exponent(new Quantity.OutputScale(), 0, 1).exponent(new Quantity.OneStepChange(1, 0.1), -1, 2);
        ClaimResult scripted = new ClaimChecker(sides.sides(), Mode.BOTH, SweepDefaults.of(1, 1),
                ProgressListener.NONE).check(new ClaimParser().parse("s.yaml", """
                id: scripted
                title: scripted sides
                network:
                  widths: [8, m, m, 2, m, 1]
                  activation: linear
                  parameterization: ntk
                assert:
                  - hessian-block: {segments: [1, 2], exponent: -1/2}
                  - init-scale: {of: output, exponent: 0}
                  - one-step-change: {exponent: -1/2, loss: mse, target: 1, lr: 0.1}
                  - hessian-norm: {vanishes: true}
                """).claim().orElseThrow());
        return new ReportBuilder(new SymbolicAdapter()).build(new ReportRequest(List.of(reasons, scripted), List.of(),
                new RunMetadata("0.1.0", Mode.BOTH, SweepDefaults.of(1, 1), Instant.EPOCH, Duration.ofSeconds(1),
                        false), new ReportOptions(Optional.empty(), false, Optional.empty())));
    }

    @Test
    void theLatexTypesetsReasonsAndClaimedValues() throws InterruptedException {
        String latex = new LatexRenderer().render(report());
        assertFalse(latex.contains("m^-"), "an ASCII power of m");
        assertFalse(latex.contains("||"), "an ASCII norm");
        assertFalse(latex.contains("exponent: -1/2"), "the claim-file spelling of a claimed exponent");
        List<String> typeset = List.of(
                // from a reason: "the claim equals the derivation (sup ||H||: derived m^-1/2)", typeset
                "\\|H(w)\\|$: derived $m^{-1/2}$", "slope $-0.502$ $[-0.592, -0.412]$ (3 seeds, $97.5$\\%)",
                "agrees within $0.15$", "expected exponent $-2/5$", "$\\mathrm{hi} < -0.1$",
                "(sweeps: $m = [64, 128, 256, 512, 1024]$ with 3 seeds",
                // claimed values: the power of m, the quantity of an init scale, the words of a property
                // (a hyphen is "-{}" in the LaTeX, so that "--" never becomes a dash)
                "hessian-{}norm: $m^{-2/5}$ -{}-{} REFUTED.", "init-{}scale: $\\mathrm{RMS} f(w_0)$ $\\sim m^0$",
                "hessian-{}norm: vanishes",
                "VERIFIED (quick check: $m = [64, 128, 256]$, 3 widths, the contract asks for 5)");
        for (String expected : typeset) {
            assertTrue(latex.contains(expected), expected + " in " + latex);
        }
    }

    @Test
    void theMarkdownTypesetsReasons() throws InterruptedException {
        String markdown = new MarkdownRenderer().render(report());
        assertFalse(markdown.contains("m^-") || markdown.contains("||"), markdown);
        assertTrue(markdown.contains("derived $m^{-1/2}$"), markdown);
    }

    @Test
    void thePdfShowsNoAsciiMath(@TempDir Path dir) throws Exception {
        PdfCompiler compiler = PdfTools.requiredCompiler();
        Path tex = dir.resolve("reasons.tex");
        Files.writeString(tex, new LatexRenderer().render(report()));
        CompileResult result = compiler.compile(tex);
        assertEquals(CompileResult.Outcome.COMPILED, result.outcome(), result.message() + " " + result.errors());
        String flat = PdfTools.text(result.pdf()).replaceAll("\\s+", " ");
        assertFalse(flat.contains("m^-"), flat);
        assertFalse(flat.contains("||"), flat);
        assertTrue(flat.contains("\u22121/2"), "a typeset exponent's minus sign: " + flat);
        assertTrue(flat.contains("the measurement alone also excludes the claim"), flat);
    }
}
