package io.multilin.check.claim;

import io.multilin.architecture.Architecture;
import java.util.List;
import java.util.Optional;

/**
 * A validated claim file. Free text (title, source) is kept verbatim and escaped where printed.
 * A network claim has an architecture (and a ball); a training claim (docs/TRAINING-CLAIMS.md)
 * has a {@code train:} section instead and no architecture.
 */
public record Claim(String id, String title, Optional<String> source, String file, Architecture architecture,
                    double radius, List<Assertion> assertions, Optional<SweepOverride> sweep, double tolerance,
                    Optional<Training> training) {

    public static final double DEFAULT_TOLERANCE = 0.15;
    /** docs/VERDICTS.md: the tolerance of the numeric check of a derivation is at most 0.25. */
    public static final double MAX_TOLERANCE = 0.25;
    public static final double DEFAULT_RADIUS = 1.0;

    public Claim {
        assertions = List.copyOf(assertions);
        if (assertions.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one assertion");
        }
        if ((architecture == null) == training.isEmpty()) {
            throw new IllegalArgumentException("a claim has either a network or a train section");
        }
    }

    /** A network claim. */
    public Claim(String id, String title, Optional<String> source, String file, Architecture architecture,
                 double radius, List<Assertion> assertions, Optional<SweepOverride> sweep, double tolerance) {
        this(id, title, source, file, architecture, radius, assertions, sweep, tolerance, Optional.empty());
    }

    /** A training claim. */
    public static Claim trained(String id, String title, Optional<String> source, String file, Training training,
                                List<Assertion> assertions, Optional<SweepOverride> sweep, double tolerance) {
        return new Claim(id, title, source, file, null, DEFAULT_RADIUS, assertions, sweep, tolerance,
                Optional.of(training));
    }

    /** The network of a network claim; a training claim has none (check {@link #isTraining()} first). */
    @Override
    public Architecture architecture() {
        if (architecture == null) {
            throw new IllegalStateException("claim " + id + " is a training claim: it has no network architecture");
        }
        return architecture;
    }

    public boolean isTraining() {
        return training.isPresent();
    }
}
