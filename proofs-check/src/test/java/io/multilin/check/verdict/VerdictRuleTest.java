package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerdictRuleTest {

    static Optional<SideFinding> side(Outcome o) {
        return Optional.of(SideFinding.of(new Judgement(o, o.name().toLowerCase())));
    }

    static Verdict both(Outcome s, Outcome n) {
        return VerdictRule.decide(Mode.BOTH, side(s), side(n)).verdict();
    }

    @Test
    void combinationTable() {
        assertEquals(Verdict.VERIFIED, both(Outcome.SUPPORTS, Outcome.SUPPORTS));
        assertEquals(Verdict.REFUTED, both(Outcome.CONTRADICTS, Outcome.CONTRADICTS));
        assertEquals(Verdict.DISAGREEMENT, both(Outcome.SUPPORTS, Outcome.CONTRADICTS));
        assertEquals(Verdict.DISAGREEMENT, both(Outcome.CONTRADICTS, Outcome.SUPPORTS));
        assertEquals(Verdict.INCONCLUSIVE, both(Outcome.SUPPORTS, Outcome.UNDECIDED));
        assertEquals(Verdict.INCONCLUSIVE, both(Outcome.CONTRADICTS, Outcome.UNDECIDED));
        for (Outcome n : Outcome.values()) {
            assertEquals(Verdict.UNSUPPORTED, both(Outcome.NO_RULE, n));
        }
    }

    @Test
    void disagreementReasonShowsBothSides() {
        String reason = VerdictRule.decide(Mode.BOTH, side(Outcome.SUPPORTS), side(Outcome.CONTRADICTS)).reason();
        assertTrue(reason.contains("symbolic supports (supports)") && reason.contains("numeric contradicts"), reason);
    }

    @Test
    void oneSideAlone() {
        assertEquals(Verdict.VERIFIED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.SUPPORTS), Optional.empty()).verdict());
        assertEquals(Verdict.REFUTED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.CONTRADICTS), Optional.empty()).verdict());
        assertEquals(Verdict.UNSUPPORTED, VerdictRule.decide(Mode.SYMBOLIC, side(Outcome.NO_RULE), Optional.empty()).verdict());
        assertEquals(Verdict.VERIFIED, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), side(Outcome.SUPPORTS)).verdict());
        assertEquals(Verdict.REFUTED, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), side(Outcome.CONTRADICTS)).verdict());
        assertEquals(Verdict.INCONCLUSIVE, VerdictRule.decide(Mode.NUMERIC, Optional.empty(), side(Outcome.UNDECIDED)).verdict());
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
