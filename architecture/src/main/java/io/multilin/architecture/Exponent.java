package io.multilin.architecture;

import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The width exponent of a quantity: either {@code ~ m^value} with an exact rational value, or
 * the quantity is identically zero (no term can contribute, e.g. the Taylor residual beyond the
 * degree of a polynomial). The second case is kept apart on purpose: "zero" has no exponent,
 * and faking one (say -infinity as a double) would leak into fits and comparisons.
 */
public sealed interface Exponent extends Comparable<Exponent> permits Exponent.Power, Exponent.IdenticallyZero {

    /** {@code ~ m^value}. */
    record Power(Fraction exponent) implements Exponent {
        @Override
        public String spelling() {
            return "m^" + Width.fractionText(exponent);
        }
    }

    /** The quantity is exactly zero at every width. */
    record IdenticallyZero() implements Exponent {
        @Override
        public String spelling() {
            return "identically 0";
        }
    }

    IdenticallyZero ZERO_FUNCTION = new IdenticallyZero();

    static Exponent of(Fraction value) {
        return new Power(value);
    }

    static Exponent of(int numerator, int denominator) {
        return new Power(new Fraction(numerator, denominator));
    }

    /** {@code m^e}, or {@code identically 0}. */
    String spelling();

    /**
     * The exponent alone as written in claim files ({@code -1/2}, {@code 0}), or
     * {@code identically 0}.
     */
    default String text() {
        return value().map(Width::fractionText).orElse("identically 0");
    }

    /** The exponent as a double for plots and fits; empty for an identically zero quantity. */
    default java.util.OptionalDouble approximately() {
        return value().map(v -> java.util.OptionalDouble.of(v.doubleValue())).orElse(java.util.OptionalDouble.empty());
    }

    /** Whether the quantity stays of order one: exponent exactly 0. */
    default boolean isOrderOne() {
        return value().map(v -> v.equals(Fraction.ZERO)).orElse(false);
    }

    /** Whether the quantity grows: exponent above 0. */
    default boolean grows() {
        return value().map(v -> v.compareTo(Fraction.ZERO) > 0).orElse(false);
    }

    /** The exponent, absent for an identically zero quantity. */
    default Optional<Fraction> value() {
        return this instanceof Power p ? Optional.of(p.exponent()) : Optional.empty();
    }

    default boolean isIdenticallyZero() {
        return this instanceof IdenticallyZero;
    }

    /** True when the quantity tends to zero as m grows: identically zero or a negative exponent. */
    default boolean vanishes() {
        return value().map(v -> v.compareTo(Fraction.ZERO) < 0).orElse(true);
    }

    /** The exponent of a sum of non-negative quantities: the larger one. */
    default Exponent max(Exponent other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The exponent of a product: exponents add, and a zero factor makes the product zero. */
    default Exponent times(Exponent other) {
        if (isIdenticallyZero() || other.isIdenticallyZero()) {
            return ZERO_FUNCTION;
        }
        return of(value().orElseThrow().add(other.value().orElseThrow()));
    }

    /** Identically zero is below every power of m. */
    @Override
    default int compareTo(Exponent other) {
        if (isIdenticallyZero() || other.isIdenticallyZero()) {
            return Boolean.compare(!isIdenticallyZero(), !other.isIdenticallyZero());
        }
        return value().orElseThrow().compareTo(other.value().orElseThrow());
    }
}
