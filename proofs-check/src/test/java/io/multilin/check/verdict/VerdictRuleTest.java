package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/VERDICTS.md: the claim against the derivation exactly, the measurement against the derivation. */
class VerdictRuleTest {

    static Optional<SideFinding> side(Outcome o) {
        return Optional.of(SideFinding.of(new Judgement(o, o.name().toLowerCase())));
    }

    static DerivationCheck check(Agreement a) {
        return new DerivationCheck(new Quantity.HessianNorm(), Exponent.of(-1, 2), a, Step.of("check " + a.name().toLowerCase()),
                DerivationCheck.Remedy.NONE);
    }

    static VerdictRule.Decision both(Outcome claimVsDerivation, List<Agreement> checks, Outcome claimVsMeasurement) {
        return VerdictRule.decide(Mode.BOTH, side(claimVsDerivation),
                checks.stream().map(VerdictRuleTest::check).toList(), side(claimVsMeasurement));
    }

    @Test
    void verifiedOnlyWhenTheClaimEqualsTheDerivationAndEveryCheckAgrees() {
        for (Outcome n : Outcome.values()) {
            // the measurement compared with the claim by the tolerance never decides in BOTH mode
            assertEquals(Verdict.VERIFIED, both(Outcome.SUPPORTS, List.of(Agreement.AGREES, Agreement.AGREES), n).verdict());
            assertEquals(Verdict.REFUTED, both(Outcome.CONTRADICTS, List.of(Agreement.AGREES), n).verdict());
        }
    }

    @Test
    void aContradictedDerivationIsADisagreementWhateverTheClaim() {
        for (Outcome s : List.of(Outcome.SUPPORTS, Outcome.CONTRADICTS)) {
            assertEquals(Verdict.DISAGREEMENT,
                    both(s, List.of(Agreement.AGREES, Agreement.CONTRADICTS), Outcome.SUPPORTS).verdict());
            assertEquals(Verdict.DISAGREEMENT,
                    both(s, List.of(Agreement.CANNOT_TELL, Agreement.CONTRADICTS), Outcome.SUPPORTS).verdict());
        }
    }

    @Test
    void aCheckThatCannotTellIsInconclusiveNeverVerified() {
        for (Outcome s : List.of(Outcome.SUPPORTS, Outcome.CONTRADICTS)) {
            assertEquals(Verdict.INCONCLUSIVE,
                    both(s, List.of(Agreement.AGREES, Agreement.CANNOT_TELL), Outcome.SUPPORTS).verdict());
        }
    }

    @Test
    void noRuleIsUnsupportedBeforeAnythingElse() {
        for (Agreement a : Agreement.values()) {
            assertEquals(Verdict.UNSUPPORTED, both(Outcome.NO_RULE, List.of(a), Outcome.SUPPORTS).verdict());
            assertEquals(Verdict.UNSUPPORTED, both(Outcome.UNDECIDED, List.of(a), Outcome.SUPPORTS).verdict());
        }
    }

    @Test
    void aRefutationSaysWhetherTheMeasurementAloneExcludesTheClaim() {
        String alone = both(Outcome.CONTRADICTS, List.of(Agreement.AGREES), Outcome.CONTRADICTS).reason();
        assertTrue(alone.contains("the measurement alone also excludes the claim"), alone);
        String exact = both(Outcome.CONTRADICTS, List.of(Agreement.AGREES), Outcome.SUPPORTS).reason();
        assertTrue(exact.contains("only the exact derivation separates"), exact);
        assertTrue(exact.contains("consistent with the claim too"), exact);
        String undecided = both(Outcome.CONTRADICTS, List.of(Agreement.AGREES), Outcome.UNDECIDED).reason();
        assertTrue(undecided.contains("only the exact derivation separates") && undecided.contains("cannot tell"),
                undecided);
    }

    @Test
    void reasonsNameTheChecks() {
        String disagreement = both(Outcome.SUPPORTS, List.of(Agreement.CONTRADICTS), Outcome.SUPPORTS).reason();
        assertTrue(disagreement.contains("contradicts the derivation") && disagreement.contains("check contradicts"),
                disagreement);
        String verified = both(Outcome.SUPPORTS, List.of(Agreement.AGREES), Outcome.SUPPORTS).reason();
        assertTrue(verified.contains("check agrees") && verified.contains("equals the derivation"), verified);
        assertFalse(verified.contains("check cannot_tell"));
    }

    @Test
    void withoutAnythingToMeasureTheExactComparisonDecides() {
        assertEquals(Verdict.VERIFIED, both(Outcome.SUPPORTS, List.of(), Outcome.UNDECIDED).verdict());
        assertEquals(Verdict.REFUTED, both(Outcome.CONTRADICTS, List.of(), Outcome.UNDECIDED).verdict());
    }

    @Test
    void oneSideAlone() {
        List<DerivationCheck> none = List.of();
        assertEquals(Verdict.VERIFIED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.SUPPORTS), none, Optional.empty()).verdict());
        assertEquals(Verdict.REFUTED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.CONTRADICTS), none, Optional.empty()).verdict());
        assertEquals(Verdict.UNSUPPORTED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.NO_RULE), none, Optional.empty()).verdict());
        assertEquals(Verdict.UNSUPPORTED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.UNDECIDED), none, Optional.empty()).verdict());
        VerdictRule.Decision numeric = VerdictRule.decide(Mode.NUMERIC, Optional.empty(), none, side(Outcome.SUPPORTS));
        assertEquals(Verdict.VERIFIED, numeric.verdict());
        assertTrue(numeric.reason().startsWith("numeric only"), numeric.reason());
        assertEquals(Verdict.REFUTED, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), none, side(Outcome.CONTRADICTS)).verdict());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), none, side(Outcome.UNDECIDED)).verdict());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), none, side(Outcome.NO_RULE)).verdict());
    }

    @Test
    void trainingClaimsCombineTwoJudgements() {
        assertEquals(Verdict.VERIFIED, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.SUPPORTS), side(Outcome.SUPPORTS)).verdict());
        assertEquals(Verdict.REFUTED, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.CONTRADICTS), side(Outcome.CONTRADICTS)).verdict());
        assertEquals(Verdict.DISAGREEMENT, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.SUPPORTS), side(Outcome.CONTRADICTS)).verdict());
        assertEquals(Verdict.DISAGREEMENT, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.CONTRADICTS), side(Outcome.SUPPORTS)).verdict());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.SUPPORTS), side(Outcome.UNDECIDED)).verdict());
        assertEquals(Verdict.UNSUPPORTED, VerdictRule.decideTraining(Mode.BOTH, side(Outcome.NO_RULE), side(Outcome.SUPPORTS)).verdict());
        assertEquals(Verdict.VERIFIED, VerdictRule.decideTraining(Mode.SYMBOLIC, side(Outcome.SUPPORTS), Optional.empty()).verdict());
    }

    @Test
    void scopesQualifyTheLabel() {
        assertEquals("", new Scope.Full().qualifier());
        assertEquals(" (numeric only)", new Scope.NumericOnly().qualifier());
        String quick = new Scope.QuickCheck(List.of(16L, 32L, 64L), "3 widths").qualifier();
        assertTrue(quick.contains("quick check") && quick.contains("[16, 32, 64]") && quick.contains("3 widths"), quick);
    }

    @Test
    void worstFirst() {
        assertEquals(Verdict.VERIFIED, Verdict.worst(List.of()));
        assertEquals(Verdict.UNSUPPORTED, Verdict.worst(List.of(Verdict.VERIFIED, Verdict.UNSUPPORTED)));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.worst(List.of(Verdict.UNSUPPORTED, Verdict.INCONCLUSIVE)));
        assertEquals(Verdict.DISAGREEMENT, Verdict.worst(List.of(Verdict.INCONCLUSIVE, Verdict.DISAGREEMENT)));
        assertEquals(Verdict.REFUTED, Verdict.worst(List.of(Verdict.DISAGREEMENT, Verdict.REFUTED, Verdict.VERIFIED)));
    }
}
