package io.multilin.check.claim;

import io.multilin.architecture.training.TrainingSetup;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim about the structure networks learn (docs/TRAINING-CLAIMS.md): the {@code train:}
 * section and assertions judged over its depths and seeds. It has no architecture of its own and
 * no ball: its networks are those the training produces.
 */
public record TrainingClaim(String id, String title, Optional<String> source, String file, TrainingSetup training,
                            List<TrainingAssertion> assertions, Optional<SweepOverride> sweep, double tolerance)
        implements Claim {

    public TrainingClaim {
        Objects.requireNonNull(training, "training");
        assertions = Claim.checkedAssertions(assertions);
    }

    @Override
    public TrainingClaim withSweep(Optional<SweepOverride> sweep) {
        return new TrainingClaim(id, title, source, file, training, assertions, sweep, tolerance);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.training(this);
    }
}
