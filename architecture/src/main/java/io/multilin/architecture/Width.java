package io.multilin.architecture;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The width of one layer: a fixed positive integer, or {@code c * m^p} in the width symbol
 * {@code m} with {@code c > 0} rational and {@code 0 < p <= 1} (docs/MEANING.md section 1).
 */
public sealed interface Width permits Width.Fixed, Width.Scaling {

    /** Exponent of m in this width: 0 for a fixed width. */
    Fraction exponent();

    /** The concrete width at a given value of m (rounded, at least 1). */
    int at(long m);

    /** Canonical spelling, parseable by {@link #parse(String)}. */
    String spelling();

    default boolean isFixed() {
        return this instanceof Fixed;
    }

    /** Width as a power law in m, so that {@code n^q} scalings can be derived exactly. */
    PowerLaw asPowerLaw();

    record Fixed(int size) implements Width {
        public Fixed {
            if (size < 1) {
                throw new IllegalArgumentException("a fixed width must be a positive integer, got " + size);
            }
        }

        @Override
        public Fraction exponent() {
            return Fraction.ZERO;
        }

        @Override
        public int at(long m) {
            return size;
        }

        @Override
        public String spelling() {
            return Integer.toString(size);
        }

        @Override
        public PowerLaw asPowerLaw() {
            return PowerLaw.constant(size);
        }
    }

    record Scaling(Fraction coefficient, Fraction exponent) implements Width {
        public Scaling {
            if (coefficient.compareTo(Fraction.ZERO) <= 0) {
                throw new IllegalArgumentException("the coefficient of m must be positive, got " + coefficient);
            }
            if (exponent.compareTo(Fraction.ZERO) <= 0 || exponent.compareTo(Fraction.ONE) > 0) {
                throw new IllegalArgumentException("the exponent p of m^p must satisfy 0 < p <= 1, got " + exponent);
            }
        }

        @Override
        public int at(long m) {
            double value = coefficient.doubleValue() * Math.pow(m, exponent.doubleValue());
            return (int) Math.max(1, Math.round(value));
        }

        @Override
        public String spelling() {
            String power = exponent.equals(Fraction.ONE) ? "m" : "m^" + fractionText(exponent);
            if (coefficient.equals(Fraction.ONE)) {
                return power;
            }
            if (coefficient.getNumerator() == 1) {
                return power + "/" + coefficient.getDenominator();
            }
            return fractionText(coefficient) + power;
        }

        @Override
        public PowerLaw asPowerLaw() {
            return new PowerLaw(coefficient.doubleValue(), exponent);
        }
    }

    /** The m-expression grammar of docs/CLAIMS.md: {@code m, 3m, m/2, m^1/2, 2m^3/4, 3/2m}. */
    Pattern SCALING = Pattern.compile(
            "(?:(\\d+)(?:/(\\d+))?\\s*\\*?\\s*)?m(?:\\s*\\^\\s*(\\d+)(?:/(\\d+))?)?(?:\\s*/\\s*(\\d+))?");

    /**
     * Parses a width as written in a claim file. Nothing is evaluated: the text must match the
     * grammar exactly.
     *
     * @throws IllegalArgumentException with a message saying what was expected
     */
    static Width parse(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.matches("\\d{1,9}")) {
            return new Fixed(Integer.parseInt(s));
        }
        Matcher matcher = SCALING.matcher(s);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a width: expected a positive integer or an"
                    + " expression in m such as m, 3m, m/2, m^1/2, 2m^3/4");
        }
        Fraction coefficient = fraction(matcher.group(1), matcher.group(2));
        Fraction exponent = fraction(matcher.group(3), matcher.group(4));
        if (matcher.group(5) != null) {
            int divisor = Integer.parseInt(matcher.group(5));
            if (divisor == 0) {
                throw new IllegalArgumentException("division by zero in a width");
            }
            try {
                coefficient = coefficient.divide(divisor);
            } catch (ArithmeticException e) {
                // commons-math throws its own ArithmeticException when the reduced fraction overflows an int
                throw new IllegalArgumentException("'" + text + "' is not a width: its numbers are too large", e);
            }
        }
        return new Scaling(coefficient, exponent);
    }

    private static Fraction fraction(String numerator, String denominator) {
        if (numerator == null) {
            return Fraction.ONE;
        }
        int n = Integer.parseInt(numerator);
        int d = denominator == null ? 1 : Integer.parseInt(denominator);
        if (d == 0) {
            throw new IllegalArgumentException("division by zero in a width");
        }
        return new Fraction(n, d);
    }

    static String fractionText(Fraction f) {
        return f.getDenominator() == 1 ? Integer.toString(f.getNumerator()) : f.getNumerator() + "/" + f.getDenominator();
    }
}
