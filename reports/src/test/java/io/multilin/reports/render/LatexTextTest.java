package io.multilin.reports.render;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LatexTextTest {

    /** Control sequences that read, write, run or recategorise: never produced from text. */
    static final Pattern DANGEROUS = Pattern.compile(
            "\\\\(input|include|write|immediate|openin|openout|read|catcode|csname|def|edef|gdef|let|special|"
                    + "directlua|scantokens|endinput|newwrite|newread|lccode|uccode|usepackage)(?![a-zA-Z])");

    @Test
    void escapesEverySpecialCharacter() {
        assertEquals("\\textbackslash{}", LatexText.escape("\\"));
        assertEquals("\\{", LatexText.escape("{"));
        assertEquals("\\}", LatexText.escape("}"));
        assertEquals("\\$", LatexText.escape("$"));
        assertEquals("\\&", LatexText.escape("&"));
        assertEquals("\\%", LatexText.escape("%"));
        assertEquals("\\#", LatexText.escape("#"));
        assertEquals("\\_", LatexText.escape("_"));
        assertEquals("\\textasciicircum{}", LatexText.escape("^"));
        assertEquals("\\textasciitilde{}", LatexText.escape("~"));
        assertEquals("\\textless{}\\textgreater{}\\textbar{}", LatexText.escape("<>|"));
        assertEquals("a b c", LatexText.escape("a\tb\r\n c"));
    }

    @Test
    void controlCharactersBecomeVisibleCodes() {
        assertEquals("a[U+0007]b[U+001B]c[U+007F]", LatexText.escape("a\u0007b\u001Bc\u007F"));
        assertEquals("[U+0000]", LatexText.escape("\u0000"));
    }

    @Test
    void ligaturesAreBrokenSoTextShowsAsTyped() {
        assertEquals("a-{}-{}b", LatexText.escape("a--b"));
        assertEquals("{`}{`}x{'}{'}", LatexText.escape("``x''"));
        assertEquals("!{}{`}", LatexText.escape("!`"));
    }

    @Test
    void aHyphenBeforeADigitIsAMinusSign() {
        assertEquals("slope \\ensuremath{-}0.5", LatexText.escape("slope -0.5"));
        assertEquals("[\\ensuremath{-}0.53, \\ensuremath{-}0.45]", LatexText.escape("[-0.53, -0.45]"));
        assertEquals("3.2e-{}14", LatexText.escape("3.2e-14"));
        assertEquals("zhu2022-{}1", LatexText.escape("zhu2022-1"));
    }

    @Test
    void unicodeBecomesAsciiLatex() {
        assertEquals("na\\\"{\\i}ve caf\\'{e}", LatexText.escape("naïve café"));
        assertEquals("\\ensuremath{\\sigma} \\ensuremath{\\leq} 1", LatexText.escape("σ ≤ 1"));
        assertEquals("\\L{}\\'{o}d\\'{z}", LatexText.escape("Łódź"));
        assertEquals("[U+1F600]", LatexText.escape("\uD83D\uDE00"));
        assertTrue(LatexText.escape("ℝ∞→—…“x”").chars().allMatch(c -> c < 0x7f));
    }

    @Test
    void maliciousTitleCannotFormAControlSequence() {
        String escaped = LatexText.escape(SampleReports.MALICIOUS);
        assertFalse(DANGEROUS.matcher(escaped).find(), escaped);
        // Every backslash in the output starts a command we chose; none is followed by a text letter run
        // spelling a dangerous name, and braces are balanced as escaped pairs.
        assertTrue(escaped.startsWith("\\textbackslash{}\\allowbreak{}input\\{/\\allowbreak{}etc/"), escaped);
        assertTrue(escaped.contains("\\textbackslash{}write18\\{touch"), escaped);
        assertTrue(escaped.endsWith("\\$ \\& \\% \\_ \\# \\textasciitilde{} \\{ \\}"), escaped);
    }

    @Test
    void longTokensGetBreakOpportunitiesShortOnesDoNot() {
        assertEquals("e.g.", LatexText.escape("e.g."));
        assertEquals("0.4987", LatexText.escape("0.4987"));
        String path = LatexText.escape("project/main/claims/one_bottleneck.yaml");
        assertTrue(path.contains("main/\\allowbreak{}claims/\\allowbreak{}"), path);
        String hash = LatexText.escape("0123456789abcdefghij");
        assertEquals("01234567\\penalty300{}89abcdef\\penalty300{}ghij", hash);
        for (String chunk : LatexText.unbreakableChunks("0123456789abcdefghij")) {
            assertTrue(chunk.length() <= 8, chunk);
        }
    }
}
