package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Numbers;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a width sweep supports a property: the table of docs/VERDICTS.md. Values at the
 * noise floor never enter a fit and never support anything but vanishing; NaN/Inf never
 * support anything.
 */
public final class NumericJudge {

    /** The slope below which a quantity counts as vanishing. */
    public static final double VANISHING_SLOPE = -0.1;
    /** Lower end of the interval an order-one quantity must stay above. */
    public static final double ORDER_ONE_FLOOR = -0.25;
    /** A fit needs this many widths above the noise floor. */
    public static final int MIN_WIDTHS = 3;
    /**
     * An interval wider than this many tolerances cannot support an exponent or order one: a
     * wide interval overlaps everything, and docs/VERDICTS.md asks for more data, not a looser rule.
     */
    public static final double MAX_INTERVAL_IN_TOLERANCES = 4;

    /** Rounding slack so that boundary values written in decimal count as on the boundary. */
    private static final double EPS = 1e-9;

    private NumericJudge() {
    }

    public static Judgement judge(Quantity quantity, Property property, Measurement measurement, double tolerance) {
        String label = quantity.label();
        Optional<String> problem = measurement.problem();
        if (problem.isPresent()) {
            return Judgement.undecided(label + ": unusable measurement (" + problem.get() + ")");
        }
        if (measurement.fallsToFloor()) {
            String falls = label + ": values fall to the noise floor as m grows";
            if (property instanceof Property.Vanishes) {
                return Judgement.supports(falls);
            }
            if (property instanceof Property.Exponent) {
                return Judgement.undecided(falls + ", so the exponent cannot be measured");
            }
            return Judgement.contradicts(falls + ", " + property.expectation());
        }
        long above = measurement.widthsAboveFloor();
        Optional<Fit> fit = measurement.fit();
        if (above < MIN_WIDTHS || fit.isEmpty() || fit.get().n() < MIN_WIDTHS) {
            return Judgement.undecided(label + ": only " + Math.min(above, fit.map(Fit::n).orElse(0))
                    + " widths above the noise floor, need " + MIN_WIDTHS + " for a fit");
        }
        return fromFit(label, property, fit.get(), !measurement.anyAtFloor(), tolerance);
    }

    /**
     * The table of docs/VERDICTS.md applied to a fit alone ({@code clean}: no value at the noise
     * floor); also used for fits in the depth L of training claims.
     */
    public static Judgement fromFit(String label, Property property, Fit fit, boolean clean, double tolerance) {
        double s = fit.slope();
        double lo = fit.ci95Low();
        double hi = fit.ci95High();
        String slope = label + ": slope " + fmt(s) + " [" + fmt(lo) + ", " + fmt(hi) + "]";
        String floorNote = clean ? "" : " (some widths are at the noise floor)";
        if (property instanceof Property.Vanishes) {
            if (hi < VANISHING_SLOPE) {
                return Judgement.supports(slope + ", vanishes (hi < -0.1)");
            }
            if (lo > VANISHING_SLOPE && clean) {
                return Judgement.contradicts(slope + ", expected to vanish (hi < -0.1)");
            }
            return Judgement.undecided(slope + ", cannot decide whether it vanishes" + floorNote
                    + "; more seeds or widths needed");
        }
        if (property instanceof Property.DoesNotVanish) {
            if (lo > VANISHING_SLOPE && clean) {
                return Judgement.supports(slope + ", does not vanish (lo > -0.1)");
            }
            if (hi < VANISHING_SLOPE) {
                return Judgement.contradicts(slope + ", vanishes (hi < -0.1), expected not to vanish");
            }
            return Judgement.undecided(slope + ", cannot decide whether it vanishes" + floorNote
                    + "; more seeds or widths needed");
        }
        boolean narrow = hi - lo <= MAX_INTERVAL_IN_TOLERANCES * tolerance + EPS;
        if (property instanceof Property.OrderOne) {
            if (hi < VANISHING_SLOPE) {
                return Judgement.contradicts(slope + ", vanishes (hi < -0.1), expected order one");
            }
            if (lo > tolerance + EPS) {
                return Judgement.contradicts(slope + ", grows (lo > " + fmt(tolerance) + "), expected order one");
            }
            if (Math.abs(s) <= tolerance + EPS && lo > ORDER_ONE_FLOOR && narrow && clean) {
                return Judgement.supports(slope + ", order one (|s| <= " + fmt(tolerance) + ", lo > -0.25)");
            }
            return Judgement.undecided(slope + ", cannot decide order one" + floorNote + (narrow ? "" : ", interval too wide")
                    + "; more seeds or widths needed");
        }
        double e = ((Property.Exponent) property).approximately();
        String band = "[" + fmt(e - tolerance) + ", " + fmt(e + tolerance) + "]";
        if (hi < e - tolerance - EPS || lo > e + tolerance + EPS) {
            return Judgement.contradicts(slope + ", expected exponent " + Numbers.format(e) + " (interval outside "
                    + band + ", off by " + fmt(s - e) + ")");
        }
        if (Math.abs(s - e) <= tolerance + EPS && narrow && clean) {
            return Judgement.supports(slope + ", matches exponent " + Numbers.format(e) + " within " + fmt(tolerance));
        }
        return Judgement.undecided(slope + ", cannot decide exponent " + Numbers.format(e) + floorNote
                + (narrow ? "" : ", interval too wide") + "; more seeds or widths needed");
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }
}
