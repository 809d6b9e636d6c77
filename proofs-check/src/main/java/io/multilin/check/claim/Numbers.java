package io.multilin.check.claim;

import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.math3.fraction.Fraction;

/** Number literals of claim files: decimals and fractions such as {@code -1/2}. Never evaluated. */
public final class Numbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d{1,12}(\\.\\d{0,12})?|\\.\\d{1,12})([eE][-+]?\\d{1,3})?");
    private static final Pattern FRACTION = Pattern.compile("([-+]?)(\\d{1,9})\\s*/\\s*(\\d{1,9})");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

    private Numbers() {
    }

    /** A decimal or a fraction, as a double; empty when the text is neither (or divides by zero). */
    public static Optional<Double> real(String text) {
        return rational(text).map(Fraction::doubleValue).or(() -> decimal(text));
    }

    /** An exact rational: an integer, a fraction, or a decimal with a short expansion. */
    public static Optional<Fraction> rational(String text) {
        String s = text.trim();
        var fraction = FRACTION.matcher(s);
        if (fraction.matches()) {
            int d = Integer.parseInt(fraction.group(3));
            if (d == 0) {
                return Optional.empty();
            }
            Fraction f = new Fraction(Integer.parseInt(fraction.group(2)), d);
            return Optional.of(fraction.group(1).equals("-") ? f.negate() : f);
        }
        if (INTEGER.matcher(s).matches()) {
            return Optional.of(new Fraction(Integer.parseInt(s)));
        }
        return decimal(s).flatMap(v -> {
            try {
                Fraction f = new Fraction(v, 1e-12, 1000);
                return Math.abs(f.doubleValue() - v) <= 1e-12 ? Optional.of(f) : Optional.empty();
            } catch (org.apache.commons.math3.fraction.FractionConversionException e) {
                return Optional.empty();
            }
        });
    }

    public static Optional<Integer> integer(String text) {
        String s = text.trim();
        return INTEGER.matcher(s).matches() ? Optional.of(Integer.parseInt(s)) : Optional.empty();
    }

    private static Optional<Double> decimal(String text) {
        String s = text.trim();
        return DECIMAL.matcher(s).matches() ? Optional.of(Double.parseDouble(s)) : Optional.empty();
    }

    /** Shortest readable spelling: integers without a decimal point. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
