package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Numbers;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.ExponentValue;
import io.multilin.check.sides.Prediction;

/** Whether an exact predicted exponent supports a property (MATH.md section 5). */
public final class SymbolicJudge {

    private SymbolicJudge() {
    }

    public static Judgement judge(Quantity quantity, Property property, Prediction prediction, double tolerance) {
        if (prediction instanceof Prediction.NoRule none) {
            return Judgement.noRule(quantity.label() + ": no symbolic rule (" + none.reason() + ")");
        }
        ExponentValue exponent = ((Prediction.Predicted) prediction).exponent();
        boolean zero = exponent instanceof ExponentValue.IdenticallyZero;
        double e = exponent.asDouble();
        boolean holds;
        if (property instanceof Property.Vanishes) {
            holds = zero || e < 0;
        } else if (property instanceof Property.OrderOne) {
            holds = !zero && e == 0;
        } else if (property instanceof Property.Exponent claimed) {
            holds = !zero && Math.abs(e - claimed.value()) <= tolerance + 1e-12;
        } else {
            holds = !zero && e >= 0;
        }
        String text = quantity.label() + ": predicted " + (zero ? "identically zero" : "m^" + exponent.spelling());
        if (holds) {
            return Judgement.supports(text);
        }
        String expected = property instanceof Property.Exponent claimed
                ? "expected exponent " + Numbers.format(claimed.value()) + " +- " + Numbers.format(tolerance)
                : property.expectation();
        return Judgement.contradicts(text + ", " + expected);
    }
}
