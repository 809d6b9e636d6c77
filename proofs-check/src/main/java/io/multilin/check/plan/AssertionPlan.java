package io.multilin.check.plan;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.NetworkAssertion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one assertion needs: the expectations that decide it, plus further quantities used only
 * to estimate a degree (Taylor residuals of neighbouring orders).
 */
public record AssertionPlan(NetworkAssertion assertion, List<Expectation> expectations, List<Quantity> estimationQuantities) {

    public AssertionPlan {
        expectations = List.copyOf(expectations);
        estimationQuantities = List.copyOf(estimationQuantities);
    }

    /** Every quantity this assertion needs, expectations first, without repetition. */
    public Set<Quantity> quantities() {
        Set<Quantity> result = new LinkedHashSet<>();
        expectations.forEach(e -> result.add(e.quantity()));
        result.addAll(estimationQuantities);
        return result;
    }
}
