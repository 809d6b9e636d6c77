package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
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
        Notation label = ReasonMath.quantity(quantity);
        Optional<String> problem = measurement.problem();
        if (problem.isPresent()) {
            return Judgement.undecided(label, ": unusable measurement (" + problem.get() + ")");
        }
        if (measurement.fallsToFloor()) {
            Step falls = Step.of(label, ": values fall to the noise floor as m grows");
            if (property instanceof Property.Vanishes) {
                return Judgement.supports(falls);
            }
            if (property instanceof Property.Exponent) {
                return Judgement.undecided(falls, ", so the exponent cannot be measured");
            }
            return Judgement.contradicts(falls, ", ", property.expected());
        }
        long above = measurement.widthsAboveFloor();
        Optional<Fit> fit = measurement.fit();
        if (above < MIN_WIDTHS || fit.isEmpty() || fit.get().n() < MIN_WIDTHS) {
            return Judgement.undecided(label, ": only " + Math.min(above, fit.map(Fit::n).orElse(0))
                    + " widths above the noise floor, need " + MIN_WIDTHS + " for a fit");
        }
        return fromFit(Step.of(label), property, fit.get(), !measurement.anyAtFloor(), tolerance, "widths");
    }

    /**
     * The table of docs/VERDICTS.md applied to a fit alone ({@code clean}: no value at the noise
     * floor); also used for fits in the depth L of training claims, where {@code sweptOver} is
     * "depths": what more of would decide an undecided fit, besides seeds.
     */
    public static Judgement fromFit(Step label, Property property, Fit fit, boolean clean, double tolerance,
                                    String sweptOver) {
        double s = fit.slope();
        double lo = fit.ci95Low();
        double hi = fit.ci95High();
        Step slope = Step.of(label, ": ", ReasonMath.slope(fit));
        String floorNote = clean ? "" : " (some widths are at the noise floor)";
        String more = "; more seeds or " + sweptOver + " needed";
        Step vanishing = ReasonMath.compare(Notate.name("hi"), Op.LESS, VANISHING_SLOPE);
        Step notVanishing = ReasonMath.compare(Notate.name("lo"), Op.GREATER, VANISHING_SLOPE);
        if (property instanceof Property.Vanishes) {
            if (hi < VANISHING_SLOPE) {
                return Judgement.supports(slope, ", vanishes (", vanishing, ")");
            }
            if (lo > VANISHING_SLOPE && clean) {
                return Judgement.contradicts(slope, ", expected to vanish (", vanishing, ")");
            }
            return Judgement.undecided(slope, ", cannot decide whether it vanishes" + floorNote + more);
        }
        if (property instanceof Property.DoesNotVanish) {
            if (lo > VANISHING_SLOPE && clean) {
                return Judgement.supports(slope, ", does not vanish (", notVanishing, ")");
            }
            if (hi < VANISHING_SLOPE) {
                return Judgement.contradicts(slope, ", vanishes (", vanishing, "), expected not to vanish");
            }
            return Judgement.undecided(slope, ", cannot decide whether it vanishes" + floorNote + more);
        }
        boolean narrow = hi - lo <= MAX_INTERVAL_IN_TOLERANCES * tolerance + EPS;
        if (property instanceof Property.OrderOne) {
            if (hi < VANISHING_SLOPE) {
                return Judgement.contradicts(slope, ", vanishes (", vanishing, "), expected order one");
            }
            if (lo > tolerance + EPS) {
                return Judgement.contradicts(slope, ", grows (", ReasonMath.compare(Notate.name("lo"), Op.GREATER,
                        tolerance), "), expected order one");
            }
            if (Math.abs(s) <= tolerance + EPS && lo > ORDER_ONE_FLOOR && narrow && clean) {
                return Judgement.supports(slope, ", order one (", ReasonMath.compare(Notate.abs(Notate.name("s")),
                        Op.LEQ, tolerance), ", ", ReasonMath.compare(Notate.name("lo"), Op.GREATER, ORDER_ONE_FLOOR),
                        ")");
            }
            return Judgement.undecided(slope, ", cannot decide order one" + floorNote
                    + (narrow ? "" : ", interval too wide") + more);
        }
        double e = ((Property.Exponent) property).approximately();
        Step claimed = ReasonMath.claimed(e);
        if (hi < e - tolerance - EPS || lo > e + tolerance + EPS) {
            return Judgement.contradicts(slope, ", expected exponent ", claimed, " (interval outside ",
                    ReasonMath.interval(e - tolerance, e + tolerance), ", off by ", ReasonMath.number(s - e), ")");
        }
        if (Math.abs(s - e) <= tolerance + EPS && narrow && clean) {
            return Judgement.supports(slope, ", matches exponent ", claimed, " within ", ReasonMath.number(tolerance));
        }
        return Judgement.undecided(slope, ", cannot decide exponent ", claimed, floorNote
                + (narrow ? "" : ", interval too wide") + more);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v).replaceAll("(\\.\\d*?)0+($|e)", "$1$2").replaceAll("\\.($|e)", "$1");
    }
}
