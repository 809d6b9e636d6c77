package io.multilin.check.verdict;

import io.multilin.check.claim.Claim;
import java.util.List;

/**
 * A claim with the verdict on each assertion; the claim's verdict is the worst of them. One kind
 * per kind of claim: a training claim's result also carries what was trained and derived.
 */
public sealed interface ClaimResult permits NetworkClaimResult, TrainingClaimResult {

    Claim claim();

    List<AssertionResult> assertions();

    <R> R accept(Cases<R> cases);

    /** One method per kind of result. */
    interface Cases<R> {
        R network(NetworkClaimResult result);

        R training(TrainingClaimResult result);
    }

    /** The claim's verdict as printed: the worst assertion's, qualified by the narrowest scope. */
    default String label() {
        Verdict worst = verdict();
        return assertions().stream().filter(a -> a.verdict() == worst).map(AssertionResult::label)
                .filter(l -> !l.equals(worst.name())).findFirst().orElse(worst.name());
    }

    default Verdict verdict() {
        return Verdict.worst(assertions().stream().map(AssertionResult::verdict).toList());
    }
}
