package io.multilin.check.verdict;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import java.util.List;
import java.util.Optional;

/**
 * The numeric side's check of one derived exponent: does the sweep agree with it, contradict
 * it, or not tell (docs/VERDICTS.md)? The claim plays no part here: the tolerance bounds how
 * far a measured slope may sit from the exact derivation, never how far a claim may.
 *
 * @param remedy what could still decide an undecided or contradicting check: more seeds (an
 *               undecided interval; docs/VERDICTS.md: seeds first, then widths), larger widths
 *               (a contradiction may be pre-asymptotic), or nothing (NaN, floors, dropped probes)
 */
public record DerivationCheck(Quantity quantity, Exponent derived, Agreement agreement, Step because, Remedy remedy) {

    /** The reason as the console and the JSON print it. */
    public String reason() {
        return because.plain();
    }

    /** The same check with a note added to its reason (the sweeps that were tried, say). */
    public DerivationCheck withNote(Step note) {
        return new DerivationCheck(quantity, derived, agreement, Step.of(because, note), remedy);
    }

    /** What more data could change. */
    public enum Remedy { NONE, MORE_SEEDS, LARGER_WIDTHS }

    /**
     * An interval wider than this many tolerances cannot agree with anything: it would overlap
     * every band. Stricter than overlap alone (a choice stated in docs/VERDICTS.md); such a
     * sweep gets more seeds instead. The same limit as the claim's numeric judgement.
     */
    public static final double MAX_INTERVAL_IN_TOLERANCES = NumericJudge.MAX_INTERVAL_IN_TOLERANCES;
    /** Fewest widths above the noise floor a slope is fitted on. */
    public static final int MIN_WIDTHS = NumericJudge.MIN_WIDTHS;
    /** Slack so that boundaries written as decimals count as on the boundary. */
    private static final double EPS = 1e-9;

    public static DerivationCheck of(Quantity quantity, Exponent derived, Measurement m, double tolerance) {
        Step head = Step.of(ReasonMath.quantity(quantity), " (derived ", ReasonMath.exponent(derived), ")");
        Optional<String> problem = m.problem();
        if (problem.isPresent()) {
            return undecided(quantity, derived, Step.of(head, ": unusable measurement (" + problem.get() + ")"));
        }
        List<String> dropped = m.droppedProbes();
        if (!dropped.isEmpty()) {
            return undecided(quantity, derived, Step.of(head, ": probes were dropped by a budget, so the values are"
                    + " lower bounds (" + String.join("; ", dropped) + ")"));
        }
        List<Long> unconverged = m.unconvergedWidths();
        if (!unconverged.isEmpty()) {
            return undecided(quantity, derived, Step.of(head, ": the eigenvalue iteration did not converge at m = "
                    + unconverged + " (lower bounds, never fitted)"));
        }
        boolean falls = m.fallsToFloor() || m.atFloorEverywhere();
        String floorText = m.atFloorEverywhere() ? "zero within precision at every width"
                : "the values fall to the noise floor as m grows";
        if (derived.isIdenticallyZero()) {
            if (falls) {
                return agrees(quantity, derived, Step.of(head, ": " + floorText));
            }
            if (m.fit().isPresent() && !m.anyAtFloor()) {
                return new DerivationCheck(quantity, derived, Agreement.CONTRADICTS, Step.of(head, ": above the noise"
                        + " floor at every width (", ReasonMath.slopeWithLevel(m.fit().get()), ")"), Remedy.NONE);
            }
            return undecided(quantity, derived, Step.of(head, ": above the noise floor at some widths only"));
        }
        double p = derived.approximately().orElseThrow();
        if (falls) {
            if (p >= 0) {
                return new DerivationCheck(quantity, derived, Agreement.CONTRADICTS, Step.of(head, ": " + floorText
                        + ", but the derivation does not vanish"), Remedy.LARGER_WIDTHS);
            }
            return !m.atFloorEverywhere() ? agrees(quantity, derived, Step.of(head, ": " + floorText))
                    : undecided(quantity, derived, Step.of(head, ": " + floorText
                    + ", so its exponent cannot be measured"));
        }
        Optional<Fit> fit = m.fit();
        if (fit.isEmpty() || fit.get().n() < MIN_WIDTHS || m.widthsAboveFloor() < MIN_WIDTHS) {
            return undecided(quantity, derived, Step.of(head, ": only " + m.widthsAboveFloor() + " widths above the"
                    + " noise floor, a slope needs " + MIN_WIDTHS));
        }
        // every width in the fit: none at the floor, none left out for a seed at its floor
        boolean whole = !m.anyAtFloor() && fit.get().n() == m.points().size();
        return fromFit(quantity, derived, p, fit.get(), whole, tolerance, head);
    }

    private static DerivationCheck fromFit(Quantity quantity, Exponent derived, double p, Fit fit, boolean whole,
                                           double tol, Step head) {
        Step text = Step.of(head, ": ", ReasonMath.slopeWithLevel(fit));
        double s = fit.slope();
        if (fit.ci95High() < p - tol - EPS || fit.ci95Low() > p + tol + EPS) {
            return new DerivationCheck(quantity, derived, Agreement.CONTRADICTS, Step.of(text, ", outside ",
                    ReasonMath.interval(p - tol, p + tol)), Remedy.LARGER_WIDTHS);
        }
        boolean close = Math.abs(s - p) <= tol + EPS;
        boolean narrow = fit.width() <= MAX_INTERVAL_IN_TOLERANCES * tol + EPS;
        // a quantity derived not to vanish that sits at the noise floor at some width, for one
        // seed or for the median, is suspect: its fit must use every width
        boolean floorOk = p < 0 || whole;
        if (close && narrow && floorOk) {
            return agrees(quantity, derived, Step.of(text, ", agrees within ", ReasonMath.number(tol)));
        }
        Step why = !close ? Step.of("slope ", ReasonMath.number(s - p), " from the derivation")
                : !narrow ? Step.of("interval wider than ", ReasonMath.number(MAX_INTERVAL_IN_TOLERANCES * tol))
                : Step.of("some widths at the noise floor or left out of the fit");
        return new DerivationCheck(quantity, derived, Agreement.CANNOT_TELL, Step.of(text, ", cannot tell (", why,
                ")"), close && narrow ? Remedy.NONE : Remedy.MORE_SEEDS);
    }

    private static DerivationCheck agrees(Quantity q, Exponent derived, Step reason) {
        return new DerivationCheck(q, derived, Agreement.AGREES, reason, Remedy.NONE);
    }

    /** Undecided with nothing more data could change (NaN, floors, dropped probes). */
    private static DerivationCheck undecided(Quantity q, Exponent derived, Step reason) {
        return new DerivationCheck(q, derived, Agreement.CANNOT_TELL, reason, Remedy.NONE);
    }
}
