package io.multilin.check.claim;

/**
 * The assertions of training claims (docs/TRAINING-CLAIMS.md): about the structure networks of
 * several depths learn, judged over the depths and seeds of one experiment.
 */
public sealed interface TrainingAssertion extends Assertion {

    <R> R accept(Cases<R> cases);

    @Override
    default <R> R accept(NetworkAssertion.Cases<R> network, TrainingAssertion.Cases<R> training) {
        return accept(training);
    }

    /** One method per kind: a new kind is a compile error in every implementation until handled. */
    interface Cases<R> {
        R learnedRank(LearnedRank a);

        R representationRank(RepresentationRank a);

        R jacobianRank(JacobianRank a);

        R smallSingularValues(SmallSingularValues a);
    }

    /** The most frequent near-1 count of the middle weight matrices. */
    record LearnedRank(int rank, int line) implements TrainingAssertion {
        @Override public AssertionKind kind() { return AssertionKind.LEARNED_RANK; }
        @Override public String claimedText() { return Integer.toString(rank); }
        @Override public <R> R accept(Cases<R> cases) { return cases.learnedRank(this); }
    }

    /** Numerical rank of the middle hidden representations over the data. */
    record RepresentationRank(int rank, int line) implements TrainingAssertion {
        @Override public AssertionKind kind() { return AssertionKind.REPRESENTATION_RANK; }
        @Override public String claimedText() { return Integer.toString(rank); }
        @Override public <R> R accept(Cases<R> cases) { return cases.representationRank(this); }
    }

    /** Numerical rank of the input-output Jacobian on the data. */
    record JacobianRank(int rank, int line) implements TrainingAssertion {
        @Override public AssertionKind kind() { return AssertionKind.JACOBIAN_RANK; }
        @Override public String claimedText() { return Integer.toString(rank); }
        @Override public <R> R accept(Cases<R> cases) { return cases.jacobianRank(this); }
    }

    /** How the size of the singular values not near 1 scales with the depth L. */
    record SmallSingularValues(Scale scale, int line) implements TrainingAssertion {
        @Override public AssertionKind kind() { return AssertionKind.SMALL_SINGULAR_VALUES; }
        @Override public String claimedText() { return scale.spelling(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.smallSingularValues(this); }
    }
}
