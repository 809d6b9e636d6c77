package io.multilin.symbolic.activation;

/** How an activation grows at infinity, which fixes its size on large pre-activations. */
public sealed interface Growth {

    /** Bounded (tanh, sigmoid): the value saturates, every derivative decays exponentially. */
    record Bounded() implements Growth {
    }

    /**
     * |sigma(z)| ~ |z| on a half-line at least (relu, softplus, gelu, linear); the first
     * derivative tends to a non-zero constant there, the second to 0 exponentially (or is 0).
     */
    record LinearGrowth() implements Growth {
    }

    /** A polynomial of this degree (at least 2). */
    record PolynomialDegree(int degree) implements Growth {
    }
}
