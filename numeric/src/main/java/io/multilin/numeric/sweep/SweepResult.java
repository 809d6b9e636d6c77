package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.fit.SlopeEstimate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a width sweep measured, summarized per width, and the width exponent with an interval
 * that includes the seed-to-seed variation ({@link SlopeEstimate}: per-seed slopes over the
 * same widths, their mean and a t interval over the seeds).
 *
 * <p>A width enters the fit only if every seed's value there is strictly above that cell's own
 * noise floor and converged (docs/MEANING.md section 4: floor-level values are zero within precision
 * and carry no slope; an unconverged eigenvalue is a lower bound, never a value to fit). Every
 * seed must be fitted over the same widths, so one bad seed leaves its whole width out; the
 * others are listed in {@link #excluded()} with the reason. A NaN or infinite value or floor
 * anywhere makes the result invalid: {@link #invalidCell()} names the first such cell (in plan
 * order) and there is no fit.
 *
 * <p>Floor status is judged on the median against the width's largest floor, and an
 * unconverged seed keeps its width from counting as at the floor: a lower bound at the floor
 * does not show that the value is there.
 *
 * @param label        the swept quantity
 * @param plan         the plan that was run
 * @param confidence   the level of the slope interval
 * @param widths       one summary per width, in plan order
 * @param invalidCell  the first cell with a NaN/Inf value or floor, if any
 * @param estimate     the slope over the fitted widths; absent when invalid, when the plan has
 *                     fewer than {@value SlopeEstimate#MIN_SEEDS} seeds or fewer than
 *                     {@value SlopeEstimate#MIN_WIDTHS} widths can be fitted
 * @param noFitReason  why {@code estimate} is absent (empty when present)
 * @param excluded     the widths left out of the fit, each with its reason
 * @param fallsToFloor the medians are above the floor at the smallest widths and at or below
 *                     it from some width on up to the largest (one switch, never back): the
 *                     values vanish to within precision as m grows
 */
public record SweepResult(String label, SweepPlan plan, Confidence confidence, List<WidthSummary> widths,
                          Optional<InvalidCell> invalidCell, Optional<SlopeEstimate> estimate,
                          Optional<String> noFitReason, List<Exclusion> excluded, boolean fallsToFloor) {

    public SweepResult {
        Objects.requireNonNull(confidence, "confidence");
        widths = List.copyOf(widths);
        excluded = List.copyOf(excluded);
        if (estimate.isPresent() == noFitReason.isPresent()) {
            throw new IllegalArgumentException("exactly one of estimate and noFitReason must be present");
        }
        if (invalidCell.isPresent() && estimate.isPresent()) {
            throw new IllegalArgumentException("an invalid sweep must not carry a fit");
        }
    }

    /** A cell whose value or floor is NaN or infinite. */
    public record InvalidCell(SweepCell cell, PointValue value) {
        public String describe() {
            return "non-finite measurement at " + cell + ": value " + value.value() + ", noise floor "
                    + value.noiseFloor() + " (probe " + value.probe() + ")";
        }
    }

    /** A width left out of the fit. */
    public record Exclusion(long width, String reason) {
    }

    /** As {@link #of(String, SweepPlan, PointValue[], Confidence)} at {@link Confidence#DEFAULT} (95%). */
    public static SweepResult of(String label, SweepPlan plan, PointValue[] values) {
        return of(label, plan, values, Confidence.DEFAULT);
    }

    /**
     * Summarizes the values of every cell of {@code plan}, indexed by {@link SweepCell#index()},
     * and fits the slope with an interval at {@code confidence}.
     */
    public static SweepResult of(String label, SweepPlan plan, PointValue[] values, Confidence confidence) {
        if (values.length != plan.cellCount()) {
            throw new IllegalArgumentException(values.length + " values for " + plan.cellCount() + " cells");
        }
        Optional<InvalidCell> invalid = Optional.empty();
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("no value for cell " + plan.cell(i));
            }
            if (invalid.isEmpty() && !values[i].isFinite()) {
                invalid = Optional.of(new InvalidCell(plan.cell(i), values[i]));
            }
        }
        List<WidthSummary> summaries = new ArrayList<>();
        for (int w = 0; w < plan.widthCount(); w++) {
            int from = w * plan.seeds();
            summaries.add(WidthSummary.of(plan.width(w),
                    Arrays.asList(Arrays.copyOfRange(values, from, from + plan.seeds()))));
        }
        if (invalid.isPresent()) {
            List<Exclusion> excluded = new ArrayList<>();
            for (WidthSummary s : summaries) {
                if (s.cells().stream().anyMatch(v -> !v.isFinite())) {
                    excluded.add(new Exclusion(s.width(), "a seed's value or noise floor is NaN or infinite"));
                }
            }
            return new SweepResult(label, plan, confidence, summaries, invalid, Optional.empty(),
                    Optional.of("invalid: " + invalid.get().describe()), excluded, false);
        }
        return fitted(label, plan, confidence, summaries);
    }

    private static SweepResult fitted(String label, SweepPlan plan, Confidence confidence,
                                      List<WidthSummary> summaries) {
        List<Exclusion> excluded = new ArrayList<>();
        List<WidthSummary> kept = new ArrayList<>();
        for (WidthSummary s : summaries) {
            List<String> reasons = exclusionReasons(s);
            if (reasons.isEmpty()) {
                kept.add(s);
            } else {
                excluded.add(new Exclusion(s.width(), String.join("; ", reasons)));
            }
        }
        Optional<SlopeEstimate> estimate = Optional.empty();
        Optional<String> reason = Optional.empty();
        if (plan.seeds() < SlopeEstimate.MIN_SEEDS) {
            reason = Optional.of("only " + plan.seeds() + " seed per width; an interval that includes the"
                    + " seed-to-seed variation of the slope needs at least " + SlopeEstimate.MIN_SEEDS);
        } else if (kept.size() < SlopeEstimate.MIN_WIDTHS) {
            reason = Optional.of("only " + kept.size() + " of " + summaries.size()
                    + " widths have every seed above its noise floor and converged; a fit needs "
                    + SlopeEstimate.MIN_WIDTHS);
        } else {
            double[][] bySeed = new double[plan.seeds()][kept.size()];
            for (int i = 0; i < kept.size(); i++) {
                double[] seedValues = kept.get(i).seedValues();
                for (int s = 0; s < plan.seeds(); s++) {
                    bySeed[s][i] = seedValues[s];
                }
            }
            estimate = Optional.of(SlopeEstimate.of(
                    kept.stream().mapToLong(WidthSummary::width).toArray(), bySeed, confidence));
        }
        return new SweepResult(label, plan, confidence, summaries, Optional.empty(), estimate, reason, excluded,
                fallsToFloor(summaries));
    }

    /** Why a width cannot be fitted; empty when it can. */
    private static List<String> exclusionReasons(WidthSummary s) {
        List<String> reasons = new ArrayList<>();
        if (s.zeroWithinPrecision()) {
            reasons.add("median " + s.median() + " is at or below the noise floor " + s.noiseFloor()
                    + " (zero within precision)");
        } else {
            for (int k = 0; k < s.cells().size(); k++) {
                PointValue v = s.cells().get(k);
                if (v.atOrBelowFloor()) {
                    reasons.add("seed#" + (k + 1) + " value " + v.value() + " is at or below its noise floor "
                            + v.noiseFloor() + " (zero within precision)");
                }
            }
        }
        for (int k = 0; k < s.cells().size(); k++) {
            if (!s.cells().get(k).converged()) {
                reasons.add("seed#" + (k + 1) + ": the iterative eigenvalue (probe " + s.cells().get(k).probe()
                        + ") did not converge; the value is a lower bound, never fitted");
            }
        }
        return reasons;
    }

    /** Above the floor for a nonempty prefix of widths, established at it for the nonempty rest. */
    private static boolean fallsToFloor(List<WidthSummary> summaries) {
        int firstAtFloor = 0;
        while (firstAtFloor < summaries.size() && summaries.get(firstAtFloor).aboveFloor()) {
            firstAtFloor++;
        }
        if (firstAtFloor == 0 || firstAtFloor == summaries.size()) {
            return false;
        }
        return summaries.subList(firstAtFloor, summaries.size()).stream().allMatch(SweepResult::atFloor);
    }

    /** Median at or below the floor, and no seed a mere lower bound. */
    private static boolean atFloor(WidthSummary s) {
        return s.zeroWithinPrecision() && s.allConverged();
    }

    public boolean isValid() {
        return invalidCell.isEmpty();
    }

    /** Whether every width's median is strictly above its floor (and the result is valid). */
    public boolean staysAboveFloor() {
        return isValid() && widths.stream().allMatch(WidthSummary::aboveFloor);
    }

    /**
     * Whether the quantity is zero within precision at every width: the result is valid and
     * every width's median is at or below its floor, with every seed converged. What a quantity
     * derived identically zero must show.
     */
    public boolean atFloorEverywhere() {
        return isValid() && widths.stream().allMatch(SweepResult::atFloor);
    }

    /** The widths that entered the fit, in increasing order; empty without a fit. */
    public long[] fittedWidths() {
        return estimate.map(SlopeEstimate::widthArray).orElse(new long[0]);
    }
}
