package io.multilin.check.verdict;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Numbers;
import io.multilin.check.sides.Fit;
import java.util.Optional;

/**
 * The math a verdict's reason is made of: quantities, powers of m, measured numbers, slopes with
 * their intervals, bands and thresholds. Each is a {@link Step} piece, so the console and the
 * JSON print the ASCII they always printed ({@link Step#plain()}) and the report typesets the
 * same reason (docs/VERDICTS.md: the reason is part of the verdict, and a referee reads it).
 */
public final class ReasonMath {

    private ReasonMath() {
    }

    public static Notation quantity(Quantity quantity) {
        return Notate.quantity(quantity);
    }

    /** {@code m^e}, or the words "identically 0". */
    public static Step exponent(Exponent exponent) {
        return Notate.exponent(exponent);
    }

    /** A measured number to three significant digits, as the console has always shown it. */
    public static Step number(double value) {
        return digits(NumericJudge.fmt(value));
    }

    /** A number as written in claim files (a claimed exponent -0.4, a bound -0.5). */
    public static Step claimed(double value) {
        return digits(Numbers.format(value));
    }

    /** {@code [lo, hi]}, each to three significant digits. */
    public static Step interval(double low, double high) {
        Step lo = number(low);
        Step hi = number(high);
        Optional<Notation> l = alone(lo);
        Optional<Notation> h = alone(hi);
        return l.isPresent() && h.isPresent() ? Step.of(Notate.interval(l.get(), h.get()))
                : Step.of("[", lo, ", ", hi, "]");
    }

    /** {@code slope s [lo, hi]}. */
    public static Step slope(Fit fit) {
        return Step.of("slope ", number(fit.slope()), " ", interval(fit.ci95Low(), fit.ci95High()));
    }

    /** {@code slope s [lo, hi] (n seeds, 97.5%)}: with how many seeds and at what level. */
    public static Step slopeWithLevel(Fit fit) {
        return Step.of(slope(fit), " (" + fit.seeds() + " seeds, ", number(100 * fit.confidence()), "%)");
    }

    /** A comparison with a threshold: {@code hi < -0.1}, {@code |s| <= 0.15}. */
    public static Step compare(Notation left, Op op, double threshold) {
        Step value = number(threshold);
        return alone(value).map(v -> Step.of(Notate.row(left, op, v)))
                .orElseGet(() -> Step.of(left, " " + op.ascii() + " ", value));
    }

    /** {@code L^e}: a power of the depth, for the bounds of training claims. */
    public static Step depthPower(double exponent) {
        Step e = claimed(exponent);
        return alone(e).map(v -> Step.of(Notate.pow(Notate.name("L"), v))).orElseGet(() -> Step.of("L^", e));
    }

    /** {@code O(L^e)}: an upper bound in the depth. */
    public static Step bigO(double exponent) {
        Step power = depthPower(exponent);
        return alone(power).map(p -> Step.of(Notate.call("O", p))).orElseGet(() -> Step.of("O(", power, ")"));
    }

    /** The math of a step that is one piece of math, e.g. a number that could be typeset. */
    private static Optional<Notation> alone(Step step) {
        return step.pieces().size() == 1 && step.pieces().get(0) instanceof Step.Piece.Math m
                ? Optional.of(m.notation()) : Optional.empty();
    }

    private static Step digits(String digits) {
        // a value the console spells otherwise (NaN, 1.0E-4) stays words rather than fail
        return Notation.DECIMAL.matcher(digits).matches() ? Step.of(Notate.decimal(digits)) : Step.of(digits);
    }
}
