package io.multilin.check.verdict;

import io.multilin.check.claim.NetworkClaim;
import java.util.List;

/** The verdicts on a network claim's assertions; each carries its own predictions and measurements. */
public record NetworkClaimResult(NetworkClaim claim, List<AssertionResult> assertions) implements ClaimResult {

    public NetworkClaimResult {
        assertions = List.copyOf(assertions);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.network(this);
    }
}
