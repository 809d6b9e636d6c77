package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Step;
import io.multilin.check.verdict.AssertionResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Verdict reasons are words and math ({@link Step}s), and their plain text, which the console
 * and the JSON print, is the text they had when they were strings: each expected line below was
 * printed by the string-built reasons, for the same scripted sweeps ({@link ReasonTextCases}).
 */
class ReasonTextTest {

    private static final String SWEPT = "m = [64, 128, 256, 512, 1024] with ";
    /** The memory estimate depends on the test JVM's heap; everything around it does not. */
    private static final String REFUSED = "then not raised to m = [256, 512, 1024, 2048, 4096]: cells at m = 4096 need"
            + " about X GB at once (estimated before running), the budget is X GB (half the memory allowed))";
    private static final String VERIFIED = "the claim equals the derivation (sup ||H||: derived m^-1/2); measurement"
            + " agrees with the derivation: sup ||H|| (derived m^-1/2): slope -0.502 [-0.592, -0.412] (3 seeds, 97.5%),"
            + " agrees within 0.15";

    private static final List<String> EXPECTED = List.of(
            "VERIFIED\t" + VERIFIED,
            "REFUTED\tthe claim differs from the derivation (sup ||H||: derived m^-1/2, expected exponent -2/5);"
                    + " measurement agrees with the derivation: sup ||H|| (derived m^-1/2): slope -0.502 [-0.592,"
                    + " -0.412] (3 seeds, 97.5%), agrees within 0.15; only the exact derivation separates the claim from"
                    + " it (the measurement alone is consistent with the claim too: sup ||H||: slope -0.502 [-0.592,"
                    + " -0.412], matches exponent -0.4 within 0.15)",
            "REFUTED\tthe claim differs from the derivation (sup ||H||: derived m^-1/2, expected exponent -1);"
                    + " measurement agrees with the derivation: sup ||H|| (derived m^-1/2): slope -0.502 [-0.592,"
                    + " -0.412] (3 seeds, 97.5%), agrees within 0.15; the measurement alone also excludes the claim"
                    + " (sup ||H||: slope -0.502 [-0.592, -0.412], expected exponent -1 (interval outside [-1.15,"
                    + " -0.85], off by 0.498))",
            "INCONCLUSIVE\tthe measurement cannot tell whether it agrees with the derivation: sup ||H|| (derived"
                    + " m^-1/2): slope -0.5 [-1.4, 0.4] (3 seeds, 97.5%), cannot tell (interval wider than 0.6)"
                    + " (sweeps: " + SWEPT + "3 seeds; then " + SWEPT + "6 seeds; then " + SWEPT + "12 seeds; then "
                    + SWEPT + "24 seeds; " + REFUSED + " | sup ||H||: derived m^-1/2",
            "DISAGREEMENT\tthe measurement contradicts the derivation: sup ||H|| (derived m^-1/2): slope 0.01"
                    + " [-0.03, 0.05] (3 seeds, 97.5%), outside [-0.65, -0.35] (sweeps: " + SWEPT + "3 seeds; "
                    + REFUSED + " | sup ||H||: derived m^-1/2",
            "UNSUPPORTED\tsup ||H||: no symbolic rule (no rule for tanh here) | numeric (not a verification):"
                    + " sup ||H||: slope -0.502 [-0.592, -0.412], matches exponent -0.5 within 0.15",
            "VERIFIED (numeric only)\tnumeric only: sup ||H||: slope -0.502 [-0.592, -0.412], matches exponent -0.5"
                    + " within 0.15",
            "VERIFIED (numeric only)\tnumeric only: sup ||H||: slope 0.02 [-0.05, 0.09], order one (|s| <= 0.15,"
                    + " lo > -0.25)",
            "VERIFIED (numeric only)\tnumeric only: sup ||H||: slope -0.502 [-0.592, -0.412], vanishes (hi < -0.1)",
            "VERIFIED (quick check: m = [64, 128, 256], 3 widths, the contract asks for 5)\t" + VERIFIED);

    @Test
    void thePlainTextOfEveryKindOfReasonIsUnchanged() throws InterruptedException {
        List<AssertionResult> results = ReasonTextCases.all();
        List<String> shown = results.stream().map(a -> a.label() + "\t"
                + a.reason().replaceAll("about [0-9.]+ GB", "about X GB").replaceAll("is [0-9.]+ GB", "is X GB"))
                .toList();
        assertEquals(EXPECTED, shown);
    }

    /**
     * The ASCII math of a reason (norms, powers of m, comparisons) comes only from its math pieces:
     * no words spell it, so the report can typeset all of it.
     */
    @Test
    void noWordsOfAReasonSpellMath() throws InterruptedException {
        for (AssertionResult a : ReasonTextCases.all()) {
            for (Step.Piece piece : a.because().pieces()) {
                if (piece instanceof Step.Piece.Words w) {
                    for (String ascii : List.of("||", "^", "<", ">", "-0.", "0.15")) {
                        assertFalse(w.text().contains(ascii), ascii + " in the words \"" + w.text() + "\" of "
                                + a.reason());
                    }
                }
            }
        }
    }

    @Test
    void quantitiesExponentsSlopesAndTolerancesAreMath() throws InterruptedException {
        List<Notation> math = ReasonTextCases.all().get(0).because().pieces().stream()
                .filter(p -> p instanceof Step.Piece.Math).map(p -> ((Step.Piece.Math) p).notation()).toList();
        assertEquals(new Notation.QuantityOf(ReasonTextCases.H), math.get(0));
        assertTrue(math.contains(new Notation.Decimal("-0.502")), math.toString());
        assertTrue(math.contains(new Notation.ListOf(List.of(new Notation.Decimal("-0.592"),
                new Notation.Decimal("-0.412")))), math.toString());
        assertTrue(math.contains(new Notation.Decimal("97.5")), math.toString());
        assertTrue(math.contains(new Notation.Decimal("0.15")), math.toString());
        assertTrue(math.stream().anyMatch(n -> n instanceof Notation.Power), math.toString());
    }
}
