package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.Scale;
import io.multilin.check.plan.Planner;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The value a side reports for a yes/no assertion, spelled as in claim files: it is the claimed
 * value when the side supports the claim and its opposite when it contradicts it; a side that
 * cannot decide (or has no rule) reports no value, never a guess.
 */
class YesNoValueTest {

    /** The side's finding when its judgement of the (single) expectation is {@code outcome}. */
    private static Optional<String> value(NetworkAssertion assertion, Outcome outcome) {
        return AssertionJudge.find(Planner.plan(assertion, AssertionJudgeTest.BOTTLENECK),
                (q, p) -> new Judgement(outcome, "judged"), 2).value();
    }

    @Test
    void linear() {
        assertEquals(Optional.of("true"), value(new NetworkAssertion.Linear(true, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("false"), value(new NetworkAssertion.Linear(true, 1), Outcome.CONTRADICTS));
        assertEquals(Optional.of("false"), value(new NetworkAssertion.Linear(false, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("true"), value(new NetworkAssertion.Linear(false, 1), Outcome.CONTRADICTS));
    }

    @Test
    void stationaryAtInit() {
        assertEquals(Optional.of("true"), value(new NetworkAssertion.StationaryAtInit(true, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("false"), value(new NetworkAssertion.StationaryAtInit(true, 1), Outcome.CONTRADICTS));
        assertEquals(Optional.of("false"), value(new NetworkAssertion.StationaryAtInit(false, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("true"), value(new NetworkAssertion.StationaryAtInit(false, 1), Outcome.CONTRADICTS));
    }

    @Test
    void tangentKernel() {
        assertEquals(Optional.of("constant"), value(new NetworkAssertion.TangentKernel(true, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("varies"), value(new NetworkAssertion.TangentKernel(true, 1), Outcome.CONTRADICTS));
        assertEquals(Optional.of("varies"), value(new NetworkAssertion.TangentKernel(false, 1), Outcome.SUPPORTS));
        assertEquals(Optional.of("constant"), value(new NetworkAssertion.TangentKernel(false, 1), Outcome.CONTRADICTS));
    }

    @Test
    void anUndecidedSideOrOneWithoutARuleReportsNoValue() {
        for (Outcome undecided : new Outcome[] {Outcome.UNDECIDED, Outcome.NO_RULE}) {
            assertEquals(Optional.empty(), value(new NetworkAssertion.Linear(true, 1), undecided));
            assertEquals(Optional.empty(), value(new NetworkAssertion.StationaryAtInit(false, 1), undecided));
            assertEquals(Optional.empty(), value(new NetworkAssertion.TangentKernel(true, 1), undecided));
        }
    }

    @Test
    void anAssertionThatIsNotYesNoHasNoValue() {
        assertEquals(Optional.empty(), value(new NetworkAssertion.HessianNorm(new Scale.Vanishes(), 1), Outcome.SUPPORTS));
    }
}
