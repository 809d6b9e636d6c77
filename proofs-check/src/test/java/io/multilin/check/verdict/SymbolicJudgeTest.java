package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Quantity;
import io.multilin.check.plan.Property;
import io.multilin.architecture.Exponent;
import io.multilin.check.sides.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolicJudgeTest {

    private static final Quantity Q = new Quantity.HessianNorm();

    static Outcome judge(Property p, Exponent e) {
        return SymbolicJudge.judge(Q, p, new Prediction.Predicted(e, List.of())).outcome();
    }

    static Exponent power(int n, int d) {
        return Exponent.of(n, d);
    }

    @Test
    void exactExponents() {
        Exponent zero = Exponent.ZERO_FUNCTION;
        assertEquals(Outcome.SUPPORTS, judge(new Property.Vanishes(), power(-1, 2)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.Vanishes(), zero));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Vanishes(), power(0, 1)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.OrderOne(), power(0, 1)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.OrderOne(), zero));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.OrderOne(), power(1, 100)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.DoesNotVanish(), power(0, 1)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.DoesNotVanish(), power(1, 2)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.DoesNotVanish(), power(-1, 100)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.DoesNotVanish(), zero));
        assertEquals(Outcome.SUPPORTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), power(-1, 2)));
        // exact: no tolerance enters the comparison of a claim with a derivation
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), power(-13, 20)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.4)), power(-1, 2)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.6)), power(-1, 2)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.33)), power(-1, 3)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.Exponent(Exponent.of(-1, 3)), power(-2, 6)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), power(-2, 3)));
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), zero));
    }

    @Test
    void noRuleIsNotAGuess() {
        Judgement j = SymbolicJudge.judge(Q, new Property.Vanishes(), new Prediction.NoRule("relu kinks"));
        assertEquals(Outcome.NO_RULE, j.outcome());
        assertEquals("sup ||H||: no symbolic rule (relu kinks)", j.reason());
    }
}
