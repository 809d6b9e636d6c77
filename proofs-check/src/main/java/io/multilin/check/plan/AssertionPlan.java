package io.multilin.check.plan;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.NetworkAssertion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one assertion needs: the expectations that decide it, plus further quantities used to
 * estimate a degree (Taylor residuals of neighbouring orders) or to classify (every layer's
 * feature change, for a regime).
 */
public record AssertionPlan(NetworkAssertion assertion, List<Expectation> expectations, List<Quantity> estimationQuantities,
                            boolean estimatesChecked) {

    public AssertionPlan {
        expectations = List.copyOf(expectations);
        estimationQuantities = List.copyOf(estimationQuantities);
    }

    /** A plan whose estimation quantities only help estimate a degree (their derivations are not checked). */
    public AssertionPlan(NetworkAssertion assertion, List<Expectation> expectations, List<Quantity> estimationQuantities) {
        this(assertion, expectations, estimationQuantities, false);
    }

    /**
     * The quantities whose derivation the numeric side checks: the expectations', and the
     * estimation quantities too when the assertion is decided from the class of every one of
     * them (a regime), so that each derived exponent it rests on is measured.
     */
    public Set<Quantity> checkedQuantities() {
        Set<Quantity> result = new LinkedHashSet<>();
        expectations.forEach(e -> result.add(e.quantity()));
        if (estimatesChecked) {
            result.addAll(estimationQuantities);
        }
        return result;
    }

    /** Every quantity this assertion needs, expectations first, without repetition. */
    public Set<Quantity> quantities() {
        Set<Quantity> result = new LinkedHashSet<>();
        expectations.forEach(e -> result.add(e.quantity()));
        result.addAll(estimationQuantities);
        return result;
    }
}
