package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ClaimParser;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.real.RealSides;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Scope;
import io.multilin.check.verdict.Verdict;
import org.junit.jupiter.api.Test;

/** A sweep below the contract never yields a plain VERIFIED: the label says it is a quick check, with its widths. */
class QuickCheckTest {

    private static ClaimResult check(String sweep, Mode mode) throws Exception {
        String text = "id: quick\ntitle: t\nnetwork: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}\n"
                + "assert:\n  - linear: true\n" + sweep;
        return new ClaimChecker(RealSides.create(), mode, SweepDefaults.of(7, 1), ProgressListener.NONE)
                .check(new ClaimParser().parse("q.yaml", text).claim().orElseThrow());
    }

    @Test
    void threeWidthsAreAQuickCheck() throws Exception {
        ClaimResult result = check("sweep: {widths: [16, 32, 64], seeds: 3}\n", Mode.BOTH);
        AssertionResult a = result.assertions().get(0);
        assertEquals(Verdict.VERIFIED, a.verdict(), a::reason);
        assertTrue(a.scope() instanceof Scope.QuickCheck, a.label());
        assertEquals("VERIFIED (quick check: m = [16, 32, 64], 3 widths, the contract asks for 5)", a.label());
        assertEquals(a.label(), result.label());
    }

    @Test
    void aNarrowSpanIsAQuickCheckAndTheContractsSweepIsNot() throws Exception {
        AssertionResult narrow = check("sweep: {widths: [64, 96, 128, 192, 256]}\n", Mode.BOTH).assertions().get(0);
        assertTrue(narrow.label().contains("quick check") && narrow.label().contains("spans 4x"), narrow.label());
        AssertionResult full = check("", Mode.BOTH).assertions().get(0);
        assertEquals("VERIFIED", full.label(), full::reason);
    }

    @Test
    void numericAloneSaysSo() throws Exception {
        AssertionResult a = check("", Mode.NUMERIC).assertions().get(0);
        assertEquals("VERIFIED (numeric only)", a.label(), a::reason);
        assertTrue(a.reason().startsWith("numeric only"), a.reason());
    }
}
