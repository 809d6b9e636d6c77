package io.multilin.numeric.fit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The width exponent of a quantity measured over several seeds at the same widths, with an
 * interval that includes the seed-to-seed variation (docs/MEANING.md section 4).
 *
 * <p>Each seed is fitted on its own: {@code b_s} is the least-squares slope of
 * {@code log(value)} on {@code log(m)} over the widths. The estimate is their mean (equal to
 * the slope of the fit to the per-width mean of the log values, since a least-squares slope is
 * linear in the values) and the interval is
 * {@code mean +- t_{1-alpha/2, S-1} sd(b) / sqrt(S)} over the S seeds.
 *
 * <p>Why per-seed slopes rather than the residuals of one fit: the seeds are independent, the
 * widths of one seed are not. A seed's network at width m is the top-left block of its network
 * at every larger width (common random numbers), so its values across widths share their
 * randomness and wander together: a seed's curve is shifted and tilted as a whole. Residuals
 * about a line see the scatter left after the tilt, not the tilt itself, and the tilt is
 * exactly the slope error; an interval from them is too narrow (the calibration bench shows
 * it covering known exponents far less than 95% of the time). The S per-seed slopes, in
 * contrast, are S independent draws of the same distribution whatever the correlation within
 * a seed, so their spread is an honest estimate of the slope's variance, and the t interval
 * over them is exact for normal slopes and close to it otherwise.
 *
 * <p>The interval measures seed-to-seed variation only. It is zero wide when the seeds' slopes
 * agree exactly (a quantity that does not depend on the seed); finite-width bias, a slope that
 * drifts with m, is not in it: larger widths reveal that.
 *
 * @param slope       the mean of the per-seed slopes: the measured width exponent
 * @param slopeLow    lower end of the interval at {@code confidence}
 * @param slopeHigh   upper end of that interval
 * @param confidence  the level of the interval
 * @param seedSlopes  the slope of each seed, in seed order
 * @param seedSlopeSd sample standard deviation of {@code seedSlopes} (S - 1 in the denominator)
 * @param intercept   intercept of the fit to the per-width mean of the log values, so that
 *                    {@code exp(intercept) m^slope} is the line through the seeds' geometric means
 * @param rSquared    coefficient of determination of that mean-log fit, for display; 1 when the
 *                    mean log values are all equal
 * @param widths      the widths fitted, increasing
 */
public record SlopeEstimate(double slope, double slopeLow, double slopeHigh, Confidence confidence,
                            List<Double> seedSlopes, double seedSlopeSd, double intercept, double rSquared,
                            List<Long> widths) {

    /** Fewest widths: three points leave one degree of freedom beyond the line. */
    public static final int MIN_WIDTHS = 3;

    /** Fewest seeds: a spread over seeds needs two of them. */
    public static final int MIN_SEEDS = 2;

    public SlopeEstimate {
        seedSlopes = List.copyOf(seedSlopes);
        widths = List.copyOf(widths);
    }

    /**
     * Fits every seed's values over the same widths.
     *
     * @param widths       the widths, positive, at least two distinct, at least {@value #MIN_WIDTHS}
     * @param valuesBySeed {@code valuesBySeed[s][i]} is seed s's value at {@code widths[i]}; at
     *                     least {@value #MIN_SEEDS} seeds, every value finite and positive
     * @throws IllegalArgumentException otherwise: the caller decides which widths to leave out
     *         (floor-level, unconverged) and says why, nothing is dropped here
     */
    public static SlopeEstimate of(long[] widths, double[][] valuesBySeed, Confidence confidence) {
        int seeds = valuesBySeed.length;
        int n = widths.length;
        if (n < MIN_WIDTHS) {
            throw new IllegalArgumentException("a slope needs at least " + MIN_WIDTHS + " widths, got " + n);
        }
        if (seeds < MIN_SEEDS) {
            throw new IllegalArgumentException("a slope interval over seeds needs at least " + MIN_SEEDS
                    + " seeds, got " + seeds);
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            if (widths[i] < 1) {
                throw new IllegalArgumentException("width " + widths[i] + " at position " + i + " is not positive");
            }
            x[i] = Math.log(widths[i]);
        }
        if (Arrays.stream(x).distinct().count() < 2) {
            throw new IllegalArgumentException("all widths are equal (" + widths[0] + "); the slope is undefined");
        }
        // least squares per seed (Commons Math), and of the per-width mean log value for the line shown
        SimpleRegression mean = new SimpleRegression(true);
        double[] meanLog = new double[n];
        List<Double> slopes = new ArrayList<>(seeds);
        for (int s = 0; s < seeds; s++) {
            double[] y = logs(valuesBySeed[s], widths, s);
            SimpleRegression seed = new SimpleRegression(true);
            for (int i = 0; i < n; i++) {
                seed.addData(x[i], y[i]);
                meanLog[i] += y[i] / seeds;
            }
            slopes.add(seed.getSlope());
        }
        for (int i = 0; i < n; i++) {
            mean.addData(x[i], meanLog[i]);
        }
        double[] b = slopes.stream().mapToDouble(Double::doubleValue).toArray();
        double slope = StatUtils.mean(b);
        double sd = Math.sqrt(StatUtils.variance(b, slope));
        double halfWidth = confidence.tQuantile(seeds - 1) * sd / Math.sqrt(seeds);
        List<Long> used = Arrays.stream(widths).boxed().toList();
        double rSquared = mean.getTotalSumSquares() == 0 ? 1.0 : mean.getRSquare();
        return new SlopeEstimate(slope, slope - halfWidth, slope + halfWidth, confidence, slopes, sd,
                mean.getIntercept(), rSquared, used);
    }

    private static double[] logs(double[] values, long[] widths, int seed) {
        if (values.length != widths.length) {
            throw new IllegalArgumentException("seed " + seed + " has " + values.length + " values for "
                    + widths.length + " widths");
        }
        double[] y = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("seed " + seed + " at m = " + widths[i] + ": value " + v
                        + " is not a positive finite number; log(value) is undefined (exclude the width first)");
            }
            y[i] = Math.log(v);
        }
        return y;
    }

    /** Number of widths fitted. */
    public int n() {
        return widths.size();
    }

    /** Number of seeds S. */
    public int seeds() {
        return seedSlopes.size();
    }

    /** Half the width of the interval: {@code t_{1-alpha/2, S-1} sd / sqrt(S)}. */
    public double halfWidth() {
        return (slopeHigh - slopeLow) / 2;
    }

    /** Whether {@code exponent} lies in the interval (ends included). */
    public boolean intervalContains(double exponent) {
        return slopeLow <= exponent && exponent <= slopeHigh;
    }

    /** The widths as an array, increasing. */
    public long[] widthArray() {
        return widths.stream().mapToLong(Long::longValue).toArray();
    }

    /** The line through the seeds' geometric means, {@code exp(intercept) m^slope}. */
    public double predict(double m) {
        return Math.exp(intercept + slope * Math.log(m));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "slope %.4f [%.4f, %.4f] (%s over %d seeds), R^2 %.4f, n %d",
                slope, slopeLow, slopeHigh, confidence, seeds(), rSquared, n());
    }
}
