package io.multilin.architecture;

import org.apache.commons.math3.fraction.Fraction;

/**
 * A positive quantity {@code coefficient * m^exponent}. The symbolic side reads the exact
 * exponent; the numeric side evaluates the value at a concrete m.
 */
public record PowerLaw(double coefficient, Fraction exponent) {

    public PowerLaw {
        if (!(coefficient > 0) || Double.isInfinite(coefficient)) {
            throw new IllegalArgumentException("a power law needs a finite positive coefficient, got " + coefficient);
        }
    }

    public static final PowerLaw ONE = constant(1);

    public static PowerLaw constant(double value) {
        return new PowerLaw(value, Fraction.ZERO);
    }

    public static PowerLaw ofM(Fraction exponent) {
        return new PowerLaw(1, exponent);
    }

    public double at(long m) {
        return coefficient * Math.pow(m, exponent.doubleValue());
    }

    public PowerLaw times(PowerLaw other) {
        return new PowerLaw(coefficient * other.coefficient, exponent.add(other.exponent));
    }

    public PowerLaw pow(Fraction q) {
        return new PowerLaw(Math.pow(coefficient, q.doubleValue()), exponent.multiply(q));
    }

    @Override
    public String toString() {
        String c = coefficient == 1 ? "" : coefficient + "*";
        return exponent.equals(Fraction.ZERO) ? Double.toString(coefficient) : c + "m^" + Width.fractionText(exponent);
    }
}
