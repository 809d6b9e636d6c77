package io.multilin.check.claim;

/**
 * One entry of a claim's {@code assert} list (docs/CLAIMS.md). Network claims hold
 * {@link NetworkAssertion}s and training claims {@link TrainingAssertion}s; each family is taken
 * apart through its own visitor, so code that must handle every kind of a family does not
 * compile until it does.
 */
public sealed interface Assertion permits NetworkAssertion, TrainingAssertion {

    AssertionKind kind();

    /** The line where the entry starts in its claim file. */
    int line();

    /** The claimed value as written in a claim file, for tables and messages. */
    String claimedText();

    /** Taken apart whatever its family: each family's kinds go to that family's visitor. */
    <R> R accept(NetworkAssertion.Cases<R> network, TrainingAssertion.Cases<R> training);
}
