package io.multilin.numeric.fit;

import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares fit of {@code log(value)} on {@code log(m)}: {@code value ~ exp(intercept) m^slope},
 * for one series of values (e.g. one value per depth). Its interval comes from the residuals and
 * treats the points as independent draws: it is not the interval of a width sweep, whose widths
 * within a seed are nested and correlated; sweeps use {@link SlopeEstimate}, which fits each
 * seed and takes the spread over seeds.
 *
 * @param slope      fitted exponent of m
 * @param intercept  fitted {@code log} of the prefactor (natural log)
 * @param slopeLow   lower end of the 95% confidence interval of the slope (Student t, n - 2 dof)
 * @param slopeHigh  upper end of that interval
 * @param rSquared   coefficient of determination of the fit in log-log space; 1 when the
 *                   values are all equal (zero total variance, and the fit is then exact)
 * @param n          number of points fitted
 */
public record LogLogFit(double slope, double intercept, double slopeLow, double slopeHigh,
                        double rSquared, int n) {

    /** Confidence level of {@link #slopeLow()}..{@link #slopeHigh()}. */
    public static final double CONFIDENCE = 0.95;

    /** Fewest points for which a slope interval exists (n - 2 degrees of freedom). */
    public static final int MIN_POINTS = 3;

    /**
     * Fits {@code log(values[i])} on {@code log(widths[i])}.
     *
     * @throws IllegalArgumentException if the arrays differ in length, hold fewer than
     *         {@value #MIN_POINTS} points, a width is not positive, fewer than two distinct
     *         widths are given, or a value is NaN, infinite, zero or negative. Such points are
     *         never dropped silently: the caller decides what to exclude and says why.
     */
    public static LogLogFit of(long[] widths, double[] values) {
        double[] m = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            m[i] = widths[i];
        }
        return of(m, values);
    }

    /** As {@link #of(long[], double[])} with real-valued widths. */
    public static LogLogFit of(double[] widths, double[] values) {
        if (widths.length != values.length) {
            throw new IllegalArgumentException(
                    widths.length + " widths but " + values.length + " values");
        }
        if (widths.length < MIN_POINTS) {
            throw new IllegalArgumentException("a log-log fit needs at least " + MIN_POINTS
                    + " points (for a slope interval with n - 2 dof), got " + widths.length);
        }
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < widths.length; i++) {
            checkPoint(i, widths[i], values[i]);
            regression.addData(Math.log(widths[i]), Math.log(values[i]));
        }
        if (regression.getXSumSquares() == 0) {
            throw new IllegalArgumentException(
                    "all widths are equal (" + widths[0] + "); the slope is undefined");
        }
        double slope = regression.getSlope();
        double halfWidth = regression.getSlopeConfidenceInterval(1 - CONFIDENCE);
        double totalVariance = regression.getTotalSumSquares();
        double rSquared = totalVariance == 0 ? 1.0 : regression.getRSquare();
        return new LogLogFit(slope, regression.getIntercept(), slope - halfWidth, slope + halfWidth,
                rSquared, widths.length);
    }

    private static void checkPoint(int i, double width, double value) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("point " + i + ": width " + width + " is not a positive finite number");
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("point " + i + " (m = " + width + "): value " + value
                    + " is not finite; a NaN or Inf measurement invalidates the fit");
        }
        if (value <= 0) {
            throw new IllegalArgumentException("point " + i + " (m = " + width + "): value " + value
                    + " is not positive; log(value) is undefined (exclude floor-level values first)");
        }
    }

    /** Half the width of the slope interval. */
    public double slopeHalfWidth() {
        return (slopeHigh - slopeLow) / 2;
    }

    /** Whether {@code exponent} lies in the 95% slope interval. */
    public boolean intervalContains(double exponent) {
        return slopeLow <= exponent && exponent <= slopeHigh;
    }

    /** The fitted value {@code exp(intercept) m^slope}. */
    public double predict(double m) {
        return Math.exp(intercept + slope * Math.log(m));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "slope %.4f [%.4f, %.4f] (95%%), R^2 %.4f, n %d",
                slope, slopeLow, slopeHigh, rSquared, n);
    }
}
