package io.multilin.check.plan;

/** What an assertion expects of how a quantity scales with m (MATH.md section 5). */
public sealed interface Property {

    /** Short phrase for reasons, e.g. "expected to vanish". */
    String expectation();

    record Vanishes() implements Property {
        @Override public String expectation() { return "expected to vanish"; }
    }

    record OrderOne() implements Property {
        @Override public String expectation() { return "expected to be of order one"; }
    }

    record Exponent(double value) implements Property {
        @Override public String expectation() { return "expected exponent " + io.multilin.check.claim.Numbers.format(value); }
    }

    /** Of order one or growing: the negation of {@link Vanishes}. */
    record DoesNotVanish() implements Property {
        @Override public String expectation() { return "expected not to vanish"; }
    }
}
