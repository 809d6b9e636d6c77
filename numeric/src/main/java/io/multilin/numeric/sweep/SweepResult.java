package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a width sweep measured, summarized per width, and the log-log fit of the medians.
 *
 * <p>Only widths whose median is strictly above their noise floor enter the fit (MATH.md
 * section 4: floor-level values are zero within precision and carry no slope); the others are
 * listed in {@link #excluded()} with the reason. A NaN or infinite value or floor anywhere
 * makes the result invalid: {@link #invalidCell()} names the first such cell (in plan order)
 * and there is no fit.
 *
 * @param label         the swept quantity
 * @param plan          the plan that was run
 * @param widths        one summary per width, in plan order
 * @param invalidCell   the first cell with a NaN/Inf value or floor, if any
 * @param fit           the fit of log(median) on log(m) over the widths above the floor;
 *                      absent when invalid or when fewer than {@value LogLogFit#MIN_POINTS}
 *                      widths are above the floor
 * @param noFitReason   why {@code fit} is absent (empty when present)
 * @param excluded      the widths left out of the fit, each with its reason
 * @param fallsToFloor  the medians are above the floor at the smallest widths and at or below
 *                      it from some width on up to the largest (one switch, never back): the
 *                      values vanish to within precision as m grows
 */
public record SweepResult(String label, SweepPlan plan, List<WidthSummary> widths,
                          Optional<InvalidCell> invalidCell, Optional<LogLogFit> fit,
                          Optional<String> noFitReason, List<Exclusion> excluded, boolean fallsToFloor) {

    public SweepResult {
        widths = List.copyOf(widths);
        excluded = List.copyOf(excluded);
        if (fit.isPresent() == noFitReason.isPresent()) {
            throw new IllegalArgumentException("exactly one of fit and noFitReason must be present");
        }
        if (invalidCell.isPresent() && fit.isPresent()) {
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

    /**
     * Summarizes the values of every cell of {@code plan}, indexed by {@link SweepCell#index()}.
     */
    public static SweepResult of(String label, SweepPlan plan, PointValue[] values) {
        if (values.length != plan.cellCount()) {
            throw new IllegalArgumentException(values.length + " values for " + plan.cellCount() + " cells");
        }
        Optional<InvalidCell> invalid = Optional.empty();
        for (int i = 0; i < values.length && invalid.isEmpty(); i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException("no value for cell " + plan.cell(i));
            }
            if (!values[i].isFinite()) {
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
            return new SweepResult(label, plan, summaries, invalid, Optional.empty(),
                    Optional.of("invalid: " + invalid.get().describe()), excluded, false);
        }
        return fitted(label, plan, summaries);
    }

    private static SweepResult fitted(String label, SweepPlan plan, List<WidthSummary> summaries) {
        List<Exclusion> excluded = new ArrayList<>();
        List<WidthSummary> kept = new ArrayList<>();
        for (WidthSummary s : summaries) {
            if (s.aboveFloor()) {
                kept.add(s);
            } else {
                excluded.add(new Exclusion(s.width(), "median " + s.median() + " is at or below the noise floor "
                        + s.noiseFloor() + " (zero within precision)"));
            }
        }
        Optional<LogLogFit> fit = Optional.empty();
        Optional<String> reason = Optional.empty();
        if (kept.size() < LogLogFit.MIN_POINTS) {
            reason = Optional.of("only " + kept.size() + " of " + summaries.size()
                    + " widths have a median above the noise floor; a fit needs " + LogLogFit.MIN_POINTS);
        } else {
            fit = Optional.of(LogLogFit.of(
                    kept.stream().mapToLong(WidthSummary::width).toArray(),
                    kept.stream().mapToDouble(WidthSummary::median).toArray()));
        }
        return new SweepResult(label, plan, summaries, Optional.empty(), fit, reason, excluded,
                fallsToFloor(summaries));
    }

    /** Above the floor for a nonempty prefix of widths, at or below it for the nonempty rest. */
    private static boolean fallsToFloor(List<WidthSummary> summaries) {
        int firstAtFloor = 0;
        while (firstAtFloor < summaries.size() && summaries.get(firstAtFloor).aboveFloor()) {
            firstAtFloor++;
        }
        if (firstAtFloor == 0 || firstAtFloor == summaries.size()) {
            return false;
        }
        return summaries.subList(firstAtFloor, summaries.size()).stream().allMatch(WidthSummary::zeroWithinPrecision);
    }

    public boolean isValid() {
        return invalidCell.isEmpty();
    }

    /** Whether every width's median is strictly above its floor (and the result is valid). */
    public boolean staysAboveFloor() {
        return isValid() && widths.stream().allMatch(WidthSummary::aboveFloor);
    }

    /** The widths that entered the fit, in increasing order. */
    public long[] fittedWidths() {
        return fit.isEmpty() ? new long[0]
                : widths.stream().filter(WidthSummary::aboveFloor).mapToLong(WidthSummary::width).toArray();
    }
}
