package io.multilin.check.verdict;

import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.sides.TrainingEvidence;
import java.util.List;
import java.util.Objects;

/** The verdicts on a training claim's assertions and the runs and derivations they rest on. */
public record TrainingClaimResult(TrainingClaim claim, List<AssertionResult> assertions, TrainingEvidence evidence)
        implements ClaimResult {

    public TrainingClaimResult {
        assertions = List.copyOf(assertions);
        Objects.requireNonNull(evidence, "evidence");
        // results in the claim's order, one each: readers pair them by index with the typed assertions
        if (assertions.size() != claim.assertions().size()) {
            throw new IllegalArgumentException("a result per assertion: " + assertions.size() + " results for "
                    + claim.assertions().size() + " assertions");
        }
        for (int i = 0; i < assertions.size(); i++) {
            if (!assertions.get(i).assertion().equals(claim.assertions().get(i))) {
                throw new IllegalArgumentException("result " + (i + 1) + " is not about assertion " + (i + 1));
            }
        }
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.training(this);
    }
}
