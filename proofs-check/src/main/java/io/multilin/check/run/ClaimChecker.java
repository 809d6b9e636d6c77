package io.multilin.check.run;

import io.multilin.check.claim.Claim;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks one claim of any kind, within the claim's time limit: each kind of claim has its own
 * {@link KindCheck} (network claims: {@link NetworkCheck}; training claims:
 * {@link TrainingCheck}), chosen through {@link Claim.Cases}, so a new kind of claim does not
 * compile until it has one.
 */
public final class ClaimChecker {

    private final NetworkCheck network;
    private final TrainingCheck training;
    private final Optional<Duration> timeout;

    public ClaimChecker(Sides sides, Mode mode, SweepDefaults defaults, ProgressListener progress) {
        this(sides, mode, defaults, progress, Optional.empty());
    }

    /** @param timeout the wall time each claim may take ({@code --timeout}); none when empty */
    public ClaimChecker(Sides sides, Mode mode, SweepDefaults defaults, ProgressListener progress,
                        Optional<Duration> timeout) {
        this.network = new NetworkCheck(sides, mode, defaults, progress);
        this.training = new TrainingCheck(sides.training(), mode, defaults.baseSeed(), defaults.threads(), progress);
        this.timeout = timeout;
    }

    /** A check waiting for its clock: what {@link Claim.Cases} picks for a claim. */
    private interface Pending {
        ClaimResult run(ClaimTimeout clock) throws InterruptedException;
    }

    /**
     * @throws InterruptedException when the thread is interrupted (Ctrl-C) between quantities;
     *                              a claim's own time limit running out is not an interrupt of the
     *                              run: what was not measured in time is INCONCLUSIVE
     */
    public ClaimResult check(Claim claim) throws InterruptedException {
        Pending pending = claim.accept(new Claim.Cases<>() {
            @Override
            public Pending network(NetworkClaim c) {
                return clock -> network.check(c, clock);
            }

            @Override
            public Pending training(TrainingClaim c) {
                return clock -> training.check(c, clock);
            }
        });
        try (ClaimTimeout clock = ClaimTimeout.start(timeout)) {
            return pending.run(clock);
        }
    }
}
