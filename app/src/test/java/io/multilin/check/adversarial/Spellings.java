package io.multilin.check.adversarial;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * How a claim file may write an exact exponent, built here from the fraction itself and not
 * with the parser's helpers, so that a reading bug in the parser cannot cancel out.
 */
final class Spellings {

    private Spellings() {
    }

    /** {@code -5/12}, or {@code 3} for an integer. */
    static String fraction(Fraction f) {
        return f.getDenominator() == 1 ? Integer.toString(f.getNumerator())
                : f.getNumerator() + "/" + f.getDenominator();
    }

    /** The exact decimal, when the denominator has no prime factor but 2 and 5 ({@code -0.4}). */
    static Optional<String> decimal(Fraction f) {
        try {
            BigDecimal d = new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()),
                    MathContext.UNLIMITED);
            return Optional.of(d.stripTrailingZeros().toPlainString());
        } catch (ArithmeticException nonTerminating) {
            return Optional.empty();
        }
    }

    /** The decimal rounded to {@code places}: for -1/3, "-0.33" (which is not -1/3). */
    static String rounded(Fraction f, int places) {
        return new BigDecimal(f.getNumerator()).divide(new BigDecimal(f.getDenominator()), places,
                RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Every way of writing exactly this value: the reduced fraction, an unreduced one, and the
     * decimal with and without a trailing zero when it terminates. A true variant must be
     * VERIFIED under each.
     */
    static List<String> exactly(Fraction f) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        result.add(fraction(f));
        result.add((2 * f.getNumerator()) + "/" + (2 * f.getDenominator()));
        decimal(f).ifPresent(d -> {
            result.add(d);
            result.add(d.contains(".") ? d + "0" : d + ".0");
        });
        scientific(f).ifPresent(result::add);
        return new ArrayList<>(result);
    }

    /** {@code -5e-1} for -1/2: the exponent notation docs/CLAIMS.md allows. */
    static Optional<String> scientific(Fraction f) {
        return decimal(f).filter(d -> d.contains(".")).map(d -> {
            BigDecimal b = new BigDecimal(d);
            return b.unscaledValue() + "e-" + b.scale();
        });
    }

    /**
     * A hair off a terminating value, {@code -0.500000001} against -1/2: nine decimals, the
     * most a claim file's exact reading holds; a comparison through doubles with a small
     * epsilon would let it through. Empty when the value does not terminate.
     */
    static List<String> hairs(Fraction f) {
        Fraction hair = new Fraction(1, 1_000_000_000);
        List<String> result = new ArrayList<>();
        // below 2 in size, so that numerators over 10^9 still fit an int
        if (decimal(f).isEmpty() || 1_000_000_000 % f.getDenominator() != 0 || Math.abs(f.doubleValue()) >= 2) {
            return result;
        }
        for (Fraction moved : List.of(f.add(hair), f.subtract(hair))) {
            result.add(new BigDecimal(moved.getNumerator()).divide(new BigDecimal(moved.getDenominator()), 9,
                    RoundingMode.UNNECESSARY).toPlainString());
        }
        return result;
    }

    /**
     * Ways of writing a value that differs from {@code derived} by a near-miss: the exact
     * fraction, the decimal in both notations (exact when it terminates, else rounded to 3 places, which is
     * still not {@code derived}: a terminating decimal never equals a non-terminating one).
     */
    static List<String> near(Fraction value) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        result.add(decimal(value).orElse(rounded(value, 3)));
        result.add(fraction(value));
        scientific(value).ifPresent(result::add);
        return new ArrayList<>(result);
    }

    /**
     * Decimals that approximate a non-terminating derived value ({@code -0.33}, {@code -0.333333}
     * for -1/3): docs/CLAIMS.md says they are not it. Empty when the value terminates.
     */
    static List<String> truncations(Fraction derived) {
        if (decimal(derived).isPresent()) {
            return List.of();
        }
        return List.of(rounded(derived, 2), rounded(derived, 6));
    }

    /** A double written in a claim file (a tolerance such as 0.15) as the exact fraction it denotes. */
    static Fraction exact(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        BigInteger numerator = d.scale() <= 0 ? d.toBigIntegerExact() : d.unscaledValue();
        BigInteger denominator = d.scale() <= 0 ? BigInteger.ONE : BigInteger.TEN.pow(d.scale());
        return new Fraction(numerator.intValueExact(), denominator.intValueExact());
    }
}
