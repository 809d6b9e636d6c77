package io.multilin.check.run;

import io.multilin.check.claim.Claim;
import io.multilin.check.verdict.ClaimResult;

/** How one kind of claim is checked; {@link ClaimChecker} picks the kind's check. */
interface KindCheck<C extends Claim> {

    /**
     * @throws InterruptedException when the run is interrupted (Ctrl-C); the claim's own time
     *                              limit running out is not an interrupt: what was not measured in
     *                              time is INCONCLUSIVE
     */
    ClaimResult check(C claim, ClaimTimeout clock) throws InterruptedException;
}
