package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.fit.SlopeEstimate;
import java.util.Arrays;
import java.util.Locale;

/**
 * Calibration of the slope interval (docs/MEANING.md section 4: on quantities whose exponent is
 * known, it must cover the exponent about 95% of the time). Runs the same sweep for many base seeds
 * and counts how often the interval contains the exact exponent, for the seed-slope interval
 * of {@link SlopeEstimate} and, beside it, for the interval of the former method (least squares
 * on the per-width medians, {@link LogLogFit}, residual-based), so the two can be compared on
 * the same data.
 *
 * <p>Coverage is only meaningful for quantities whose finite-width bias is negligible at the
 * widths swept: {@link Result#meanSlope()} and its standard error over all base seeds show the
 * bias (run the same check at larger widths to see that it does not drift).
 */
public final class CoverageCheck {

    private CoverageCheck() {
    }

    /**
     * What the calibration found.
     *
     * @param quantity     what was swept
     * @param exponent     its exact width exponent
     * @param widths       the widths of every sweep
     * @param seeds        seeds per sweep
     * @param baseSeeds    number of sweeps (one per base seed)
     * @param fitted       sweeps that gave a fit (a sweep without one covers nothing)
     * @param coveredNew   sweeps whose seed-slope interval contains {@code exponent}
     * @param coveredOld   sweeps whose median-fit interval contains it
     * @param meanWidthNew mean full width of the seed-slope intervals
     * @param meanWidthOld mean full width of the median-fit intervals
     * @param meanSlope    mean over sweeps of the estimated slope: its distance to
     *                     {@code exponent} is the finite-width bias plus noise
     * @param slopeStandardError standard error of {@code meanSlope} over the sweeps
     */
    public record Result(String quantity, double exponent, long[] widths, int seeds, int baseSeeds, int fitted,
                         int coveredNew, int coveredOld, double meanWidthNew, double meanWidthOld,
                         double meanSlope, double slopeStandardError) {

        public Result {
            widths = widths.clone();
        }

        @Override
        public long[] widths() {
            return widths.clone();
        }

        public double coverageNew() {
            return (double) coveredNew / baseSeeds;
        }

        public double coverageOld() {
            return (double) coveredOld / baseSeeds;
        }

        /** {@code meanSlope - exponent} in standard errors: near 0 when the bias is negligible. */
        public double biasInStandardErrors() {
            return (meanSlope - exponent) / slopeStandardError;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Result r && quantity.equals(r.quantity) && exponent == r.exponent
                    && Arrays.equals(widths, r.widths) && seeds == r.seeds && baseSeeds == r.baseSeeds
                    && fitted == r.fitted && coveredNew == r.coveredNew && coveredOld == r.coveredOld
                    && meanWidthNew == r.meanWidthNew && meanWidthOld == r.meanWidthOld && meanSlope == r.meanSlope
                    && slopeStandardError == r.slopeStandardError;
        }

        @Override
        public int hashCode() {
            return 31 * quantity.hashCode() + Arrays.hashCode(widths);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s (exponent %s, widths %s, %d seeds, %d base seeds): coverage %.3f"
                            + " (median fit %.3f), mean width %.4f (median fit %.4f), mean slope %.5f +- %.5f",
                    quantity, exponent, Arrays.toString(widths), seeds, baseSeeds, coverageNew(), coverageOld(),
                    meanWidthNew, meanWidthOld, meanSlope, slopeStandardError);
        }
    }

    /**
     * Sweeps {@code measurement} for base seeds {@code firstBaseSeed .. firstBaseSeed + baseSeeds - 1}
     * and counts coverage of {@code exponent} at {@code confidence} (the median-fit interval is
     * always the 95% one it had).
     */
    public static Result run(String quantity, double exponent, long[] widths, int seeds, int baseSeeds,
                             long firstBaseSeed, CellMeasurement measurement, Confidence confidence, int threads)
            throws SweepInterruptedException, SweepCellException {
        if (baseSeeds < 2) {
            throw new IllegalArgumentException("a coverage count needs at least 2 base seeds, got " + baseSeeds);
        }
        WidthSweep sweep = new WidthSweep(threads);
        int fitted = 0;
        int coveredNew = 0;
        int coveredOld = 0;
        double widthNew = 0;
        double widthOld = 0;
        double[] slopes = new double[baseSeeds];
        for (int b = 0; b < baseSeeds; b++) {
            SweepResult result = sweep.run(quantity, new SweepPlan(widths, seeds, firstBaseSeed + b), measurement,
                    confidence);
            if (result.estimate().isEmpty()) {
                slopes[b] = Double.NaN;
                continue;
            }
            SlopeEstimate estimate = result.estimate().get();
            LogLogFit median = medianFit(result);
            fitted++;
            coveredNew += estimate.intervalContains(exponent) ? 1 : 0;
            coveredOld += median.intervalContains(exponent) ? 1 : 0;
            widthNew += 2 * estimate.halfWidth();
            widthOld += 2 * median.slopeHalfWidth();
            slopes[b] = estimate.slope();
        }
        double[] present = Arrays.stream(slopes).filter(Double::isFinite).toArray();
        double mean = Arrays.stream(present).average().orElse(Double.NaN);
        double squares = Arrays.stream(present).map(s -> (s - mean) * (s - mean)).sum();
        double se = Math.sqrt(squares / (present.length - 1) / present.length);
        return new Result(quantity, exponent, widths, seeds, baseSeeds, fitted, coveredNew, coveredOld,
                widthNew / Math.max(1, fitted), widthOld / Math.max(1, fitted), mean, se);
    }

    /** The former method on the same widths: least squares of log(median) on log(m). */
    static LogLogFit medianFit(SweepResult result) {
        long[] used = result.fittedWidths();
        double[] medians = new double[used.length];
        for (int i = 0; i < used.length; i++) {
            long m = used[i];
            medians[i] = result.widths().stream().filter(w -> w.width() == m).findFirst().orElseThrow().median();
        }
        return LogLogFit.of(used, medians);
    }
}
