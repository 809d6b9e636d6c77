package io.multilin.check.claim;

import io.multilin.architecture.Exponent;
import java.util.OptionalInt;

/**
 * One entry of a claim's {@code assert} list (docs/CLAIMS.md). {@link #kind()} is the key as
 * written in the claim file; {@link #line()} the line where the entry starts.
 */
public sealed interface Assertion {

    String kind();

    int line();

    /** The claimed value as written in a claim file, for tables and messages. */
    String claimedText();

    record MultilinearDegree(int degree, int line) implements Assertion {
        @Override public String kind() { return "multilinear-degree"; }
        @Override public String claimedText() { return Integer.toString(degree); }
    }

    record TaylorDegree(int degree, int line) implements Assertion {
        @Override public String kind() { return "taylor-degree"; }
        @Override public String claimedText() { return Integer.toString(degree); }
    }

    record Linear(boolean linear, int line) implements Assertion {
        @Override public String kind() { return "linear"; }
        @Override public String claimedText() { return Boolean.toString(linear); }
    }

    record HessianNorm(Scale scale, int line) implements Assertion {
        @Override public String kind() { return "hessian-norm"; }
        @Override public String claimedText() { return scale.spelling(); }
    }

    /** Block of the Hessian between two segments (1-based, as in claim files). */
    record HessianBlock(int rowSegment, int columnSegment, Scale scale, int line) implements Assertion {
        @Override public String kind() { return "hessian-block"; }
        @Override public String claimedText() {
            return "segments: [" + rowSegment + ", " + columnSegment + "], " + scale.spelling();
        }
    }

    record TangentKernel(boolean constant, int line) implements Assertion {
        @Override public String kind() { return "tangent-kernel"; }
        @Override public String claimedText() { return constant ? "constant" : "varies"; }
    }

    /** Scale at init of the output ({@code layer} empty) or of the pre-activation z_layer. */
    record InitScale(OptionalInt layer, Exponent exponent, int line) implements Assertion {
        @Override public String kind() { return "init-scale"; }
        @Override public String claimedText() {
            String of = layer.isPresent() ? "layer " + layer.getAsInt() : "output";
            return "of: " + of + ", exponent: " + exponent.text();
        }
    }

    /** One gradient step on the mean squared error against {@code target} with base rate {@code lr}. */
    record OneStepChange(Exponent exponent, double target, double lr, int line) implements Assertion {
        @Override public String kind() { return "one-step-change"; }
        @Override public String claimedText() {
            return "exponent: " + exponent.text() + ", loss: mse, target: " + Numbers.format(target)
                    + ", lr: " + Numbers.format(lr);
        }
    }

    record StationaryAtInit(boolean stationary, int line) implements Assertion {
        @Override public String kind() { return "stationary-at-init"; }
        @Override public String claimedText() { return Boolean.toString(stationary); }
    }

    /** Training claims (docs/TRAINING-CLAIMS.md): the most frequent near-1 count of the middle weight matrices. */
    record LearnedRank(int rank, int line) implements Assertion {
        @Override public String kind() { return "learned-rank"; }
        @Override public String claimedText() { return Integer.toString(rank); }
    }

    /** Training claims: numerical rank of the middle hidden representations over the data. */
    record RepresentationRank(int rank, int line) implements Assertion {
        @Override public String kind() { return "representation-rank"; }
        @Override public String claimedText() { return Integer.toString(rank); }
    }

    /** Training claims: numerical rank of the input-output Jacobian on the data. */
    record JacobianRank(int rank, int line) implements Assertion {
        @Override public String kind() { return "jacobian-rank"; }
        @Override public String claimedText() { return Integer.toString(rank); }
    }

    /** Training claims: how the size of the singular values not near 1 scales with the depth L. */
    record SmallSingularValues(Scale scale, int line) implements Assertion {
        @Override public String kind() { return "small-singular-values"; }
        @Override public String claimedText() { return scale.spelling(); }
    }

    /** The rank claimed by a rank assertion of a training claim, if this is one. */
    static OptionalInt trainedRank(Assertion a) {
        if (a instanceof LearnedRank r) {
            return OptionalInt.of(r.rank());
        }
        if (a instanceof RepresentationRank r) {
            return OptionalInt.of(r.rank());
        }
        return a instanceof JacobianRank r ? OptionalInt.of(r.rank()) : OptionalInt.empty();
    }

    /** Whether this kind belongs to training claims ({@code train:}) rather than network claims. */
    static boolean isTraining(Assertion a) {
        return trainedRank(a).isPresent() || a instanceof SmallSingularValues;
    }
}
