package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A claim about a network around its initialization (docs/CLAIMS.md): its architecture, the
 * radius of the ball, and assertions about quantities of the width m.
 */
public record NetworkClaim(String id, String title, Optional<String> source, String file, Architecture architecture,
                           double radius, List<NetworkAssertion> assertions, Optional<SweepOverride> sweep,
                           double tolerance) implements Claim {

    public static final double DEFAULT_RADIUS = 1.0;

    public NetworkClaim {
        Objects.requireNonNull(architecture, "architecture");
        assertions = Claim.checkedAssertions(assertions);
    }

    @Override
    public NetworkClaim withSweep(Optional<SweepOverride> sweep) {
        return new NetworkClaim(id, title, source, file, architecture, radius, assertions, sweep, tolerance);
    }

    @Override
    public <R> R accept(Cases<R> cases) {
        return cases.network(this);
    }
}
