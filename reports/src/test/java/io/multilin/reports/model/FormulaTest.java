package io.multilin.reports.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FormulaTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "m^{-\\frac{1}{2}}",
            "\\sup_{w \\in B(w_0, R)} \\|H_f(w)\\|_2 \\sim m^{-1/2}",
            "\\left( \\sqrt{m} \\cdot \\alpha_{1} \\right)^{2} \\leq \\operatorname{tr} A^{T} A",
            "\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix} \\newline \\{x\\} \\% \\#"})
    void acceptsComputerAlgebraMath(String latex) {
        assertEquals(latex, Formula.trustedMath(latex).latex());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "\\input{/etc/passwd}", "x \\include{a}", "\\write18{touch /tmp/pwned}", "\\immediate\\write18{ls}",
            "\\openin5=/etc/passwd", "\\read5 to \\x", "\\catcode`\\^^5c=12", "^^5cinput{/etc/passwd}",
            "\\csname input\\endcsname", "\\def\\x{1}", "\\let\\a\\b", "\\newcommand{\\x}{1}", "\\special{x}",
            "\\pdffilesize{/etc/passwd}", "x % comment hides the closing $", "x $ y", "\\makeatletter",
            "{unbalanced", "unbalanced}", "\\scantokens{x}", "\\usepackage{x}", "\\InPuT{x}", "\\endinput",
            "x\u0000y", "caf\u00e9", "   "})
    void refusesAnythingThatCouldReadWriteOrRedefine(String latex) {
        assertThrows(IllegalArgumentException.class, () -> Formula.trustedMath(latex));
    }
}
