package io.multilin.check.claim;

import java.math.BigDecimal;
import java.math.BigInteger;
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

    /**
     * An exact rational: an integer, a fraction, or a decimal read exactly (empty when the
     * numerator or denominator does not fit an int).
     */
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
        if (!DECIMAL.matcher(s).matches()) {
            return Optional.empty();
        }
        // Exactly the decimal written: -0.33 is -33/100, never the nearby -1/3 (docs/CLAIMS.md).
        try {
            BigDecimal d = new BigDecimal(s.startsWith("+") ? s.substring(1) : s).stripTrailingZeros();
            BigInteger numerator = d.scale() <= 0 ? d.toBigIntegerExact() : d.unscaledValue();
            BigInteger denominator = d.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(d.scale());
            BigInteger gcd = numerator.gcd(denominator);
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
            if (numerator.bitLength() > 31 || denominator.bitLength() > 31) {
                return Optional.empty();
            }
            return Optional.of(new Fraction(numerator.intValueExact(), denominator.intValueExact()));
        } catch (ArithmeticException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** An exact exponent of m as written in a claim file; empty when the text is not one. */
    public static Optional<io.multilin.architecture.Exponent> exponent(String text) {
        return rational(text).map(io.multilin.architecture.Exponent::of);
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
