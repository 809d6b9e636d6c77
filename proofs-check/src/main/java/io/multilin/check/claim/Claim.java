package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import java.util.List;
import java.util.Optional;

/** A validated claim file. Free text (title, source) is kept verbatim and escaped where printed. */
public record Claim(String id, String title, Optional<String> source, String file, Architecture architecture,
                    double radius, List<Assertion> assertions, Optional<SweepOverride> sweep, double tolerance) {

    public static final double DEFAULT_TOLERANCE = 0.15;
    public static final double DEFAULT_RADIUS = 1.0;

    public Claim {
        assertions = List.copyOf(assertions);
        if (assertions.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one assertion");
        }
    }
}
