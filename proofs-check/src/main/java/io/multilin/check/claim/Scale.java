package io.multilin.check.claim;

/** What a scaling assertion says about a quantity: its exponent of m, order one, or (not) vanishing. */
public sealed interface Scale {

    /** As written in claim files, e.g. {@code exponent: -0.5} or {@code order: one}. */
    String spelling();

    record Exponent(double value) implements Scale {
        @Override public String spelling() { return "exponent: " + Numbers.format(value); }
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
