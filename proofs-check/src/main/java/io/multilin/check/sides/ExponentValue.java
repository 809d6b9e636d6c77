package io.multilin.check.sides;

import org.apache.commons.math3.fraction.Fraction;

/** An exact width exponent: the quantity is {@code Theta(m^e)}, or it is identically zero. */
public sealed interface ExponentValue {

    /** The exponent as a double; negative infinity for an identically zero quantity. */
    double asDouble();

    /** Exact spelling, e.g. {@code -1/2} or {@code identically zero}. */
    String spelling();

    record Power(Fraction exponent) implements ExponentValue {
        @Override public double asDouble() { return exponent.doubleValue(); }

        @Override public String spelling() {
            return exponent.getDenominator() == 1 ? Integer.toString(exponent.getNumerator())
                    : exponent.getNumerator() + "/" + exponent.getDenominator();
        }
    }

    record IdenticallyZero() implements ExponentValue {
        @Override public double asDouble() { return Double.NEGATIVE_INFINITY; }

        @Override public String spelling() { return "identically zero"; }
    }

    static ExponentValue of(int numerator, int denominator) {
        return new Power(new Fraction(numerator, denominator));
    }
}
