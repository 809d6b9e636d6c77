package io.multilin.check.claim;

import java.util.Optional;

/** Tests' access to one kind of claim, through {@link Claim.Cases} (a test that expects a kind fails otherwise). */
public final class ClaimKinds {

    private ClaimKinds() {
    }

    public static Optional<NetworkClaim> network(Claim claim) {
        return claim.accept(new Claim.Cases<>() {
            @Override
            public Optional<NetworkClaim> network(NetworkClaim c) {
                return Optional.of(c);
            }

            @Override
            public Optional<NetworkClaim> training(TrainingClaim c) {
                return Optional.empty();
            }
        });
    }

    public static Optional<TrainingClaim> training(Claim claim) {
        return claim.accept(new Claim.Cases<>() {
            @Override
            public Optional<TrainingClaim> network(NetworkClaim c) {
                return Optional.empty();
            }

            @Override
            public Optional<TrainingClaim> training(TrainingClaim c) {
                return Optional.of(c);
            }
        });
    }

    public static NetworkClaim asNetwork(Claim claim) {
        return network(claim).orElseThrow(() -> new AssertionError(claim.id() + " is not a network claim"));
    }

    public static TrainingClaim asTraining(Claim claim) {
        return training(claim).orElseThrow(() -> new AssertionError(claim.id() + " is not a training claim"));
    }
}
