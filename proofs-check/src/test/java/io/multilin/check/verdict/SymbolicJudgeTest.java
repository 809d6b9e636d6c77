package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Quantity;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.ExponentValue;
import io.multilin.check.sides.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SymbolicJudgeTest {

    private static final Quantity Q = new Quantity.HessianNorm();

    static Outcome judge(Property p, ExponentValue e) {
        return SymbolicJudge.judge(Q, p, new Prediction.Predicted(e, List.of()), 0.15).outcome();
    }

    static ExponentValue power(int n, int d) {
        return ExponentValue.of(n, d);
    }

    @Test
    void exactExponents() {
        ExponentValue zero = new ExponentValue.IdenticallyZero();
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
        assertEquals(Outcome.SUPPORTS, judge(new Property.Exponent(-0.5), power(-1, 2)));
        assertEquals(Outcome.SUPPORTS, judge(new Property.Exponent(-0.5), power(-13, 20)));   // |diff| = tol
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(-0.5), power(-2, 3)));  // 1/6 > tol
        assertEquals(Outcome.CONTRADICTS, judge(new Property.Exponent(-0.5), zero));
    }

    @Test
    void noRuleIsNotAGuess() {
        Judgement j = SymbolicJudge.judge(Q, new Property.Vanishes(), new Prediction.NoRule("relu kinks"), 0.15);
        assertEquals(Outcome.NO_RULE, j.outcome());
        assertEquals("sup ||H||: no symbolic rule (relu kinks)", j.reason());
    }
}
