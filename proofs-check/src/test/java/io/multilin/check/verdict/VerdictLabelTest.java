package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Planner;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How verdicts are printed (docs/VERDICTS.md sections 3, 5 and 6): a claim's verdict is its
 * worst assertion's; a quick check or the numeric side alone never yields a plain label, and
 * the claim's label keeps the qualifier of the worst assertion that has one.
 */
class VerdictLabelTest {

    private static final AssertionPlan PLAN = Planner.plan(new NetworkAssertion.HessianNorm(new Scale.Vanishes(), 1),
            AssertionJudgeTest.BOTTLENECK);
    private static final Scope QUICK = new Scope.QuickCheck(List.of(32L, 64L, 128L), "3 widths, the contract asks for 5");

    private static AssertionResult result(Verdict verdict, Scope scope) {
        return new AssertionResult(PLAN.assertion(), PLAN.expectations(), verdict, Step.of("why"), Optional.empty(),
                Optional.empty(), List.of(), scope, Map.of(), Map.of());
    }

    private static ClaimResult claim(AssertionResult... results) {
        NetworkClaim claim = new NetworkClaim("c", "a claim", Optional.empty(), "c.yaml", AssertionJudgeTest.BOTTLENECK,
                NetworkClaim.DEFAULT_RADIUS, List.of(PLAN.assertion()), Optional.empty(), Claim.DEFAULT_TOLERANCE);
        return new NetworkClaimResult(claim, List.of(results));
    }

    @Test
    void anAssertionLabelIsTheVerdictWithItsScope() {
        assertEquals("VERIFIED", result(Verdict.VERIFIED, new Scope.Full()).label());
        assertEquals("REFUTED (numeric only)", result(Verdict.REFUTED, new Scope.NumericOnly()).label());
        assertEquals("VERIFIED (quick check: m = [32, 64, 128], 3 widths, the contract asks for 5)",
                result(Verdict.VERIFIED, QUICK).label());
    }

    @Test
    void aClaimIsLabelledByItsWorstAssertionWithThatAssertionsQualifier() {
        // REFUTED is worse than VERIFIED: the refuted assertion's quick-check label is the claim's
        ClaimResult quickRefuted = claim(result(Verdict.VERIFIED, new Scope.Full()), result(Verdict.REFUTED, QUICK));
        assertEquals(Verdict.REFUTED, quickRefuted.verdict());
        assertEquals("REFUTED (quick check: m = [32, 64, 128], 3 widths, the contract asks for 5)",
                quickRefuted.label());
        // two refuted assertions, one of them numeric only: the narrower scope is printed
        assertEquals("REFUTED (numeric only)",
                claim(result(Verdict.REFUTED, new Scope.Full()), result(Verdict.REFUTED, new Scope.NumericOnly()))
                        .label());
    }

    @Test
    void aQualifierOfABetterVerdictDoesNotReachTheClaimLabel() {
        // the quick check belongs to a VERIFIED assertion; the claim is INCONCLUSIVE at full scope
        ClaimResult inconclusive = claim(result(Verdict.VERIFIED, QUICK), result(Verdict.INCONCLUSIVE, new Scope.Full()));
        assertEquals(Verdict.INCONCLUSIVE, inconclusive.verdict());
        assertEquals("INCONCLUSIVE", inconclusive.label());
    }

    @Test
    void anAssertionResultReadsItsPlan() {
        AssertionResult r = result(Verdict.VERIFIED, new Scope.Full());
        assertSame(PLAN.assertion(), r.assertion());
        assertEquals(new Quantity.HessianNorm(), r.primaryQuantity());
        // taylor-degree 2 expects [T_2 vanishes, T_1 does not vanish] (Planner): the last is primary
        AssertionPlan taylor = Planner.plan(new NetworkAssertion.TaylorDegree(2, 1), AssertionJudgeTest.BOTTLENECK);
        assertEquals(new Quantity.TaylorResidual(1), AssertionJudge.primaryQuantity(taylor.expectations()));
    }

    @Test
    void modesSayWhichSidesTheyConsult() {
        assertTrue(Mode.BOTH.usesSymbolic() && Mode.BOTH.usesNumeric());
        assertTrue(Mode.SYMBOLIC.usesSymbolic());
        assertFalse(Mode.SYMBOLIC.usesNumeric());
        assertFalse(Mode.NUMERIC.usesSymbolic());
        assertTrue(Mode.NUMERIC.usesNumeric());
    }
}
