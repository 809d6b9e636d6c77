package io.multilin.check.verdict;

import io.multilin.check.claim.Claim;
import java.util.List;

/** A claim with the verdict on each assertion; the claim's verdict is the worst of them. */
public record ClaimResult(Claim claim, List<AssertionResult> assertions) {

    public ClaimResult {
        assertions = List.copyOf(assertions);
    }

    public Verdict verdict() {
        return Verdict.worst(assertions.stream().map(AssertionResult::verdict).toList());
    }
}
