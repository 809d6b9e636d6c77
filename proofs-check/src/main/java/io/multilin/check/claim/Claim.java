package io.multilin.check.claim;

import java.util.List;
import java.util.Optional;

/**
 * A validated claim file, of one of the kinds the format knows: a {@link NetworkClaim} (a
 * network around its initialization, {@code network:}) or a {@link TrainingClaim} (structure
 * learned by training, {@code train:}). Each kind is checked, written to JSON and reported by its
 * own code, chosen through {@link Cases}: a new kind does not compile until every stage handles
 * it. Free text (title, source) is kept verbatim and escaped where printed.
 */
public sealed interface Claim permits NetworkClaim, TrainingClaim {

    double DEFAULT_TOLERANCE = 0.15;
    /** docs/VERDICTS.md: the tolerance of the numeric check of a derivation is at most 0.25. */
    double MAX_TOLERANCE = 0.25;

    String id();

    String title();

    Optional<String> source();

    /** The file the claim was read from, as given on the command line. */
    String file();

    List<? extends Assertion> assertions();

    Optional<SweepOverride> sweep();

    double tolerance();

    /** The same claim with another {@code sweep:} section (a test's or the command line's override). */
    Claim withSweep(Optional<SweepOverride> sweep);

    <R> R accept(Cases<R> cases);

    /** One method per kind of claim. */
    interface Cases<R> {
        R network(NetworkClaim claim);

        R training(TrainingClaim claim);
    }

    /** The seeds a claim asks for, else {@code otherwise}. */
    default int seeds(int otherwise) {
        return sweep().map(s -> s.seeds().orElse(otherwise)).orElse(otherwise);
    }

    /** Checks shared by every kind's constructor. */
    static <A extends Assertion> List<A> checkedAssertions(List<A> assertions) {
        if (assertions.isEmpty()) {
            throw new IllegalArgumentException("a claim needs at least one assertion");
        }
        return List.copyOf(assertions);
    }
}
