package io.multilin.check.verdict;

import io.multilin.check.claim.Claim;
import io.multilin.check.sides.TrainingEvidence;
import java.util.List;
import java.util.Optional;

/**
 * A claim with the verdict on each assertion; the claim's verdict is the worst of them. A
 * training claim also carries what was trained and derived ({@code training}).
 */
public record ClaimResult(Claim claim, List<AssertionResult> assertions, Optional<TrainingEvidence> training) {

    public ClaimResult {
        assertions = List.copyOf(assertions);
    }

    public ClaimResult(Claim claim, List<AssertionResult> assertions) {
        this(claim, assertions, Optional.empty());
    }

    /** The claim's verdict as printed: the worst assertion's, qualified by the narrowest scope. */
    public String label() {
        Verdict worst = verdict();
        return assertions.stream().filter(a -> a.verdict() == worst).map(AssertionResult::label)
                .filter(l -> !l.equals(worst.name())).findFirst().orElse(worst.name());
    }

    public Verdict verdict() {
        return Verdict.worst(assertions.stream().map(AssertionResult::verdict).toList());
    }
}
