package io.multilin.check.plan;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.NetworkClaim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A claim compiled to expectations; each distinct quantity is predicted and measured once. */
public record Plan(NetworkClaim claim, List<AssertionPlan> assertions) {

    public Plan {
        assertions = List.copyOf(assertions);
    }

    /** The distinct quantities of all assertions, in first-use order. */
    public List<Quantity> quantities() {
        Set<Quantity> result = new LinkedHashSet<>();
        assertions.forEach(a -> result.addAll(a.quantities()));
        return List.copyOf(result);
    }
}
