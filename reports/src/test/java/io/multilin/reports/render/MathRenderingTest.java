package io.multilin.reports.render;

import io.multilin.reports.model.Inline;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.MathNode.Abs;
import io.multilin.reports.model.MathNode.Frac;
import io.multilin.reports.model.MathNode.Group;
import io.multilin.reports.model.MathNode.Norm;
import io.multilin.reports.model.MathNode.Num;
import io.multilin.reports.model.MathNode.Sup;
import io.multilin.reports.model.PlainMath;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Symbol;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.multilin.reports.model.MathNode.pow;
import static io.multilin.reports.model.MathNode.row;
import static io.multilin.reports.model.MathNode.sub;
import static io.multilin.reports.model.MathNode.sym;
import static io.multilin.reports.model.MathNode.var;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The math tree rendered to LaTeX, to GitHub Markdown math and to Unicode, exactly. */
class MathRenderingTest {

    static final MathNode M_MINUS_HALF = pow(var("m"), new Frac(-1, 2));
    static final MathNode SUP_H = new Sup(row(var("w"), sym(Symbol.IN), var("B")),
            new Norm(row(var("H"), new Group(var("w"), false)), null));
    static final MathNode F_MINUS_T1 = new Abs(row(var("f"), sym(Symbol.MINUS), sub(var("T"), new Num(1))));

    @Test
    void exponentsNormsAndSupremaInLatex() {
        assertEquals("m^{-1/2}", LatexMath.latex(M_MINUS_HALF));
        assertEquals("m^0", LatexMath.latex(pow(var("m"), new Frac(0, 1))));
        assertEquals("\\|H\\|", LatexMath.latex(new Norm(var("H"), null)));
        assertEquals("\\sup_{w \\in B} \\|H(w)\\|", LatexMath.latex(SUP_H));
        assertEquals("|f - T_1|", LatexMath.latex(F_MINUS_T1));
        assertEquals("\\varphi''", LatexMath.latex(new MathNode.Prime(sym(Symbol.VARPHI), 2)));
        assertEquals("z_{\\ell}", LatexMath.latex(sub(var("z"), sym(Symbol.ELL))));
        assertEquals("\\|a_3\\|_2", LatexMath.latex(new Norm(sub(var("a"), new Num(3)), new Num(2))));
        assertEquals("\\mathrm{RMS} z_1", LatexMath.latex(row(var("RMS"), sub(var("z"), new Num(1)))));
        assertEquals("\\{1, 2\\}", LatexMath.latex(new MathNode.SetOf(List.of(new Num(1), new Num(2)))));
        assertEquals("\\sum_i x_i", LatexMath.latex(new MathNode.BigOp(Symbol.SUM, var("i"), null, sub(var("x"), var("i")))));
    }

    /** Measured numbers keep the digits the console shows; an exponent part becomes a power of ten. */
    @Test
    void decimalsKeepTheirDigits() {
        assertEquals("-0.502", LatexMath.latex(new MathNode.Decimal("-0.502")));
        assertEquals("1.5 \\cdot 10^{-5}", LatexMath.latex(new MathNode.Decimal("1.5e-05")));
        assertEquals("\u22120.502", PlainMath.render(new MathNode.Decimal("-0.502")));
        assertEquals("\\mathrm{hi} < -0.1", LatexMath.latex(row(var("hi"), sym(Symbol.LESS), new MathNode.Decimal("-0.1"))));
        assertThrows(IllegalArgumentException.class, () -> new MathNode.Decimal("1e5}\\input"));
        assertThrows(IllegalArgumentException.class, () -> new MathNode.Decimal("NaN"));
    }

    /** GitHub tables split cells at '|' and Markdown eats "\|" and "\{": the Markdown flavour avoids them. */
    @Test
    void markdownMathAvoidsPipesAndEscapedBraces() {
        assertEquals("m^{-1/2}", LatexMath.markdown(M_MINUS_HALF));
        assertEquals("\\lVert H \\rVert", LatexMath.markdown(new Norm(var("H"), null)));
        assertEquals("\\lvert f - T_1 \\rvert", LatexMath.markdown(F_MINUS_T1));
        assertEquals("\\lbrace 1 \\rbrace", LatexMath.markdown(new MathNode.SetOf(List.of(new Num(1)))));
        assertFalse(LatexMath.markdown(SUP_H).contains("|"));
    }

    @Test
    void plainUnicodeForFormatsWithoutMath() {
        assertEquals("m^(\u22121/2)", PlainMath.render(M_MINUS_HALF));
        assertEquals("sup_(w \u2208 B) \u2016H(w)\u2016", PlainMath.render(SUP_H));
    }

    @Test
    void hostileTextNextToMathStaysEscapedInBothFormats() {
        RichText text = RichText.of(SampleReports.MALICIOUS + " derived ", M_MINUS_HALF, " | $x$ <b>");
        String latex = RichTexts.latex(text);
        assertTrue(latex.startsWith("\\textbackslash{}"), latex);
        assertTrue(latex.contains(" derived $m^{-1/2}$ \\textbar{} \\$x\\$ \\textless{}b\\textgreater{}"), latex);
        assertFalse(latex.contains("\\input") || latex.contains("\\write18"), latex);
        String md = RichTexts.markdown(text);
        assertTrue(md.contains(" derived $m^{-1/2}$ \\| \\$x\\$ &lt;b&gt;"), md);
        assertEquals(2, md.replace("\\$", "").chars().filter(c -> c == '$').count(), md);
    }

    @Test
    void leavesRefuseAnythingThatCouldBecomeACommand() {
        assertThrows(IllegalArgumentException.class, () -> var("\\input"));
        assertThrows(IllegalArgumentException.class, () -> var("x_1"));
        assertThrows(IllegalArgumentException.class, () -> new MathNode.Word("a\\b"));
        assertThrows(IllegalArgumentException.class, () -> new MathNode.Word("{x}"));
        assertThrows(IllegalArgumentException.class, () -> new Frac(1, 0));
    }

    @Test
    void paragraphsWithMathRoundTripThroughTheJsonDump() throws Exception {
        RichText text = RichText.of("derived ", SUP_H, " ~ ", M_MINUS_HALF);
        var report = new io.multilin.reports.model.Report("r", io.multilin.reports.model.Metadata.empty(),
                List.of(io.multilin.reports.model.Section.of("s", new io.multilin.reports.model.Paragraph(text))));
        JsonRenderer json = new JsonRenderer();
        assertEquals(report, json.read(json.render(report)));
        assertTrue(text.spans().get(1) instanceof Inline.Math);
    }
}
