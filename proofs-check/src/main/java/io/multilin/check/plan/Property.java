package io.multilin.check.plan;

import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Step;

/** What an assertion expects of how a quantity scales with m (docs/VERDICTS.md). */
public sealed interface Property {

    /** Short phrase for reasons, e.g. "expected to vanish". */
    String expectation();

    /** The same phrase with its math (a claimed exponent) as math, for reasons a report typesets. */
    default Step expected() {
        return Step.of(expectation());
    }

    record Vanishes() implements Property {
        @Override public String expectation() { return "expected to vanish"; }
    }

    record OrderOne() implements Property {
        @Override public String expectation() { return "expected to be of order one"; }
    }

    /** A claimed exact exponent of m. */
    record Exponent(io.multilin.architecture.Exponent value) implements Property {
        @Override public String expectation() { return "expected exponent " + value.text(); }

        @Override public Step expected() {
            return value.value().map(v -> Step.of("expected exponent ", new Notation.Ratio(v)))
                    .orElseGet(() -> Step.of(expectation()));
        }

        /** For comparisons with measured slopes only: the claim itself is exact. */
        public double approximately() { return value.approximately().orElseThrow(); }
    }

    /** Of order one or growing: the negation of {@link Vanishes}. */
    record DoesNotVanish() implements Property {
        @Override public String expectation() { return "expected not to vanish"; }
    }
}
