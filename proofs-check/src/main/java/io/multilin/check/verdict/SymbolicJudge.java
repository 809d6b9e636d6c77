package io.multilin.check.verdict;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Prediction;

/**
 * Whether the exact derivation of a quantity has the claimed property (docs/VERDICTS.md).
 * The comparison is exact: a claimed exponent -2/5 is not a derived -1/2, whatever the
 * tolerance (the tolerance belongs to the numeric check of the derivation alone).
 */
public final class SymbolicJudge {

    private SymbolicJudge() {
    }

    public static Judgement judge(Quantity quantity, Property property, Prediction prediction) {
        if (prediction instanceof Prediction.NoRule none) {
            return Judgement.noRule(ReasonMath.quantity(quantity), ": no symbolic rule (" + none.reason() + ")");
        }
        Exponent derived = ((Prediction.Predicted) prediction).exponent();
        Step text = Step.of(ReasonMath.quantity(quantity), ": derived ", ReasonMath.exponent(derived));
        return holds(property, derived) ? Judgement.supports(text)
                : Judgement.contradicts(text, ", ", property.expected());
    }

    /** The claimed property of an exactly derived exponent. */
    static boolean holds(Property property, Exponent derived) {
        if (property instanceof Property.Vanishes) {
            return derived.vanishes();
        }
        if (property instanceof Property.OrderOne) {
            return derived.isOrderOne();
        }
        if (property instanceof Property.Exponent claimed) {
            return derived.equals(claimed.value());
        }
        if (property instanceof Property.DoesNotVanish) {
            return !derived.vanishes();
        }
        throw new IllegalArgumentException("unknown property " + property);
    }
}
