package io.multilin.check.claim;

/** What a scaling assertion says about a quantity: its exponent of m, order one, or (not) vanishing. */
public sealed interface Scale {

    /** As written in claim files, e.g. {@code exponent: -0.5} or {@code order: one}. */
    String spelling();

    <R> R accept(Cases<R> cases);

    /** One method per kind of scale: a reader that must handle each does not compile until it does. */
    interface Cases<R> {
        R exponent(Exponent s);

        R orderOne(OrderOne s);

        R vanishes(Vanishes s);

        R doesNotVanish(DoesNotVanish s);

        R bound(Bound s);
    }

    /** An exact exponent of m (or, for training claims, of the depth L). */
    record Exponent(io.multilin.architecture.Exponent value) implements Scale {
        @Override public String spelling() { return "exponent: " + value.text(); }
        @Override public <R> R accept(Cases<R> cases) { return cases.exponent(this); }

        /** For fits in the depth L, where no exact derivation exists (training claims). */
        public double approximately() { return value.approximately().orElseThrow(); }
    }

    record OrderOne() implements Scale {
        @Override public String spelling() { return "order: one"; }
        @Override public <R> R accept(Cases<R> cases) { return cases.orderOne(this); }
    }

    record Vanishes() implements Scale {
        @Override public String spelling() { return "vanishes: true"; }
        @Override public <R> R accept(Cases<R> cases) { return cases.vanishes(this); }
    }

    record DoesNotVanish() implements Scale {
        @Override public String spelling() { return "vanishes: false"; }
        @Override public <R> R accept(Cases<R> cases) { return cases.doesNotVanish(this); }
    }

    /**
     * An upper bound: the quantity is {@code O(x^value)} (it decays at least that fast). Only for
     * small-singular-values, where the paper states a bound, not a rate.
     */
    record Bound(double value) implements Scale {
        @Override public String spelling() { return "bound: " + Numbers.format(value); }
        @Override public <R> R accept(Cases<R> cases) { return cases.bound(this); }
    }
}
