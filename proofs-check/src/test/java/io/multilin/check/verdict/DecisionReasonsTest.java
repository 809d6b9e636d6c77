package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.fakes.Exact;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The reasons of VerdictRule's decisions, where the reason is the product: docs/VERDICTS.md
 * section 3.3's refutation that says whether the measurement alone excludes the claim (its own
 * example: a claimed -0.4 against a derived -1/2 measured at -0.45 [-0.52, -0.38]), the exact
 * comparison alone when nothing was measured, and training claims whose sides disagree.
 */
class DecisionReasonsTest {

    private static final Quantity Q = new Quantity.HessianNorm();
    private static final double TOL = 0.15;
    private static final Exponent HALF = Exponent.of(-1, 2);

    private static Optional<SideFinding> side(Outcome o, String reason) {
        return Optional.of(SideFinding.of(new Judgement(o, reason)));
    }

    /** Both sides on one exponent assertion: the claim, the derivation -1/2 and a sweep. */
    private static VerdictRule.Decision decide(double claimed, Measurement sweep) {
        Property claim = new Property.Exponent(Exact.e(claimed));
        Judgement exact = SymbolicJudge.judge(Q, claim, new Prediction.Predicted(HALF, List.of()));
        DerivationCheck check = DerivationCheck.of(Q, HALF, sweep, TOL);
        Judgement byTolerance = NumericJudge.judge(Q, claim, sweep, TOL);
        return VerdictRule.decide(Mode.BOTH, Optional.of(SideFinding.of(exact)), List.of(check),
                Optional.of(SideFinding.of(byTolerance)));
    }

    @Test
    void theDocumentedNearMissIsRefutedByTheDerivationAlone() {
        Measurement sweep = Sweeps.clean(Q, Sweeps.fit(-0.45, -0.52, -0.38));
        VerdictRule.Decision d = decide(-0.4, sweep);
        assertEquals(Verdict.REFUTED, d.verdict());
        // -0.45 is within 0.15 of both -1/2 and -0.4: only the exact comparison tells them apart
        assertEquals("the claim differs from the derivation (sup ||H||: derived m^-1/2, expected exponent -2/5);"
                + " measurement agrees with the derivation: sup ||H|| (derived m^-1/2): slope -0.45 [-0.52, -0.38]"
                + " (3 seeds, 95%), agrees within 0.15; only the exact derivation separates the claim from it (the"
                + " measurement alone is consistent with the claim too: sup ||H||: slope -0.45 [-0.52, -0.38], matches"
                + " exponent -0.4 within 0.15)", d.reason());
        assertEquals(Verdict.VERIFIED, decide(-0.5, sweep).verdict());
    }

    @Test
    void aClaimFarFromTheMeasurementIsExcludedByTheMeasurementToo() {
        // claimed -0.8: its band [-0.95, -0.65] lies below the whole interval [-0.52, -0.38]
        VerdictRule.Decision d = decide(-0.8, Sweeps.clean(Q, Sweeps.fit(-0.45, -0.52, -0.38)));
        assertEquals(Verdict.REFUTED, d.verdict());
        assertTrue(d.reason().endsWith("; the measurement alone also excludes the claim (sup ||H||: slope -0.45"
                + " [-0.52, -0.38], expected exponent -0.8 (interval outside [-0.95, -0.65], off by 0.35))"), d.reason());
    }

    @Test
    void withNothingMeasuredTheReasonIsTheExactComparisonAlone() {
        VerdictRule.Decision verified = VerdictRule.decide(Mode.BOTH, side(Outcome.SUPPORTS, "derived m^-1/2"),
                List.of(), side(Outcome.UNDECIDED, "not measured"));
        assertEquals(new VerdictRule.Decision(Verdict.VERIFIED, "derived m^-1/2"), verified);
        VerdictRule.Decision refuted = VerdictRule.decide(Mode.BOTH, side(Outcome.CONTRADICTS, "derived identically 0"),
                List.of(), side(Outcome.SUPPORTS, "slope -0.5"));
        assertEquals(new VerdictRule.Decision(Verdict.REFUTED, "derived identically 0"), refuted);
    }

    @Test
    void trainingSidesThatDisagreeSayWhichSaysWhat() {
        assertEquals(new VerdictRule.Decision(Verdict.DISAGREEMENT, "symbolic supports (rank 2) but numeric contradicts"
                        + " (rank 3)"),
                VerdictRule.decideTraining(Mode.BOTH, side(Outcome.SUPPORTS, "rank 2"), side(Outcome.CONTRADICTS, "rank 3")));
        assertEquals(new VerdictRule.Decision(Verdict.DISAGREEMENT, "symbolic contradicts (rank 2) but numeric supports"
                        + " (rank 3)"),
                VerdictRule.decideTraining(Mode.BOTH, side(Outcome.CONTRADICTS, "rank 2"), side(Outcome.SUPPORTS, "rank 3")));
    }

    @Test
    void anUndecidedTrainingDerivationIsUnsupportedWhateverTheMeasurement() {
        // a derivation that cannot decide is no rule: the measurement is shown, never a verification
        for (Outcome n : List.of(Outcome.SUPPORTS, Outcome.CONTRADICTS)) {
            assertEquals(new VerdictRule.Decision(Verdict.UNSUPPORTED, "rank not proved | numeric (not a verification):"
                            + " rank 2"),
                    VerdictRule.decideTraining(Mode.BOTH, side(Outcome.UNDECIDED, "rank not proved"), side(n, "rank 2")));
        }
    }

    @Test
    void aTrainingMeasurementWithoutARuleIsInconclusiveWithItsReason() {
        assertEquals(new VerdictRule.Decision(Verdict.INCONCLUSIVE, "no fit"),
                VerdictRule.decideTraining(Mode.BOTH, side(Outcome.SUPPORTS, "proved"), side(Outcome.NO_RULE, "no fit")));
        assertEquals(new VerdictRule.Decision(Verdict.REFUTED, "rank 3 | rank 2"),
                VerdictRule.decideTraining(Mode.BOTH, side(Outcome.CONTRADICTS, "rank 2"),
                        side(Outcome.CONTRADICTS, "rank 3")));
    }
}
