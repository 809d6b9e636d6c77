package io.multilin.symbolic.cas;

import java.time.Duration;

/** A Symja computation that did not finish within its {@link SymjaSession}'s limit. */
public final class SymjaTimeLimitExceeded extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SymjaTimeLimitExceeded(String task, Duration limit) {
        super("Symja did not finish " + task + " within " + (limit.toMillis() < 1000 ? limit.toMillis() + " ms" : limit.toSeconds() + " s"));
    }
}
