package io.multilin.check.claim;

/** What a scaling assertion says about a quantity: its exponent of m, order one, or (not) vanishing. */
public sealed interface Scale {

    /** As written in claim files, e.g. {@code exponent: -0.5} or {@code order: one}. */
    String spelling();

    /** An exact exponent of m (or, for training claims, of the depth L). */
    record Exponent(io.multilin.architecture.Exponent value) implements Scale {
        @Override public String spelling() { return "exponent: " + value.text(); }

        /** For fits in the depth L, where no exact derivation exists (training claims). */
        public double approximately() { return value.approximately().orElseThrow(); }
    }

    record OrderOne() implements Scale {
        @Override public String spelling() { return "order: one"; }
    }

    record Vanishes() implements Scale {
        @Override public String spelling() { return "vanishes: true"; }
    }

    record DoesNotVanish() implements Scale {
        @Override public String spelling() { return "vanishes: false"; }
    }

    /**
     * An upper bound: the quantity is {@code O(x^value)} (it decays at least that fast). Only for
     * small-singular-values, where the paper states a bound, not a rate.
     */
    record Bound(double value) implements Scale {
        @Override public String spelling() { return "bound: " + Numbers.format(value); }
    }
}
