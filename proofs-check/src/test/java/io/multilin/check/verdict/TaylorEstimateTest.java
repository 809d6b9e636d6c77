package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Planner;
import io.multilin.check.sides.Prediction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The Taylor degree estimate of docs/VERDICTS.md section 3.1: the smallest k whose residual
 * sup |f - T_k| vanishes while that of order k-1 does not. It takes a decided pair (k-1, k): a
 * residual without a rule next to a vanishing one gives no estimate. The plan of taylor-degree k
 * estimates from T_0 .. T_{k+1} (Planner).
 */
class TaylorEstimateTest {

    private static final Quantity T0 = new Quantity.TaylorResidual(0);
    private static final Quantity T1 = new Quantity.TaylorResidual(1);
    private static final Quantity T2 = new Quantity.TaylorResidual(2);
    private static final Quantity T3 = new Quantity.TaylorResidual(3);

    /** The exponents of a quadratic network: T_0, T_1 of order one, T_2 ~ m^-1/2, T_3 ~ m^-1. */
    private static Map<Quantity, Exponent> quadratic() {
        return new HashMap<>(Map.of(T0, Exponent.of(0, 1), T1, Exponent.of(0, 1), T2, Exponent.of(-1, 2),
                T3, Exponent.of(-1, 1)));
    }

    private static SideFinding find(int claimed, Map<Quantity, Exponent> exponents) {
        AssertionPlan plan = Planner.plan(new NetworkAssertion.TaylorDegree(claimed, 1), AssertionJudgeTest.BOTTLENECK);
        return AssertionJudge.find(plan, (q, p) -> SymbolicJudge.judge(q, p,
                exponents.containsKey(q) ? new Prediction.Predicted(exponents.get(q), List.of())
                        : new Prediction.NoRule("none")), 2);
    }

    @Test
    void aVanishingResidualBesideAnUndecidedOneGivesNoEstimate() {
        // T_1 without a rule, T_2 vanishing: the pair (1, 2) is not decided, and T_3 vanishes
        // after a vanishing T_2, so no order qualifies
        Map<Quantity, Exponent> exponents = quadratic();
        exponents.remove(T1);
        SideFinding finding = find(2, exponents);
        assertEquals(Optional.empty(), finding.degree());
        assertEquals(Outcome.NO_RULE, finding.outcome(), "T_1 is an expectation of degree 2 and has no rule");
    }

    @Test
    void aVanishingT0IsDegreeZero() {
        // j = 0 has no residual below it: a vanishing T_0 alone is degree 0
        Map<Quantity, Exponent> zero = Map.of(T0, Exponent.of(-1, 2), T1, Exponent.of(-1, 1), T2, Exponent.of(-1, 1));
        SideFinding finding = find(1, zero);
        assertEquals(Optional.of(0), finding.degree());
        assertEquals(Outcome.CONTRADICTS, finding.outcome());
    }

    @Test
    void aWrongDegreeShowsTheEvidenceOfTheDecidingPair() {
        // claimed 1, found 2: the evidence is T_1 (does not vanish) and T_2 (vanishes), nothing else
        SideFinding one = find(1, quadratic());
        assertEquals(Optional.of(2), one.degree());
        assertEquals("Taylor degree 2, claimed 1: sup |f - T_1|: derived m^0, expected to vanish; "
                + "sup |f - T_2|: derived m^-1/2", one.judgement().reason());
        // claimed 3, found 2: the same pair decides
        assertEquals("Taylor degree 2, claimed 3: sup |f - T_1|: derived m^0, expected to vanish; "
                + "sup |f - T_2|: derived m^-1/2", find(3, quadratic()).judgement().reason());
    }

    @Test
    void theRightDegreeIsSupportedWithTheExpectationsAsReason() {
        // degree 2: T_2 vanishes and T_1 does not (the plan's two expectations, in that order)
        SideFinding two = find(2, quadratic());
        assertEquals(Outcome.SUPPORTS, two.outcome());
        assertEquals("Taylor degree 2: sup |f - T_2|: derived m^-1/2; sup |f - T_1|: derived m^0",
                two.judgement().reason());
    }
}
