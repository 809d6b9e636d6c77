package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.PointValue;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The seeds' values at one width.
 *
 * @param width               the width m
 * @param cells               the measurement of each seed, in seed order
 * @param median              median of the seed values; for an even count the mean of the
 *                            two middle values
 * @param min                 smallest seed value (lower end of the spread shown in plots)
 * @param max                 largest seed value
 * @param noiseFloor          the largest of the cells' noise floors
 * @param zeroWithinPrecision whether {@code median <= noiseFloor}
 */
public record WidthSummary(long width, List<PointValue> cells, double median, double min, double max,
                           double noiseFloor, boolean zeroWithinPrecision) {

    public WidthSummary {
        cells = List.copyOf(cells);
    }

    /** Summarizes the seeds' values at one width. */
    public static WidthSummary of(long width, List<PointValue> cells) {
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no cells at width " + width);
        }
        double[] sorted = cells.stream().mapToDouble(PointValue::value).toArray();
        Arrays.sort(sorted);
        double floor = cells.stream().mapToDouble(PointValue::noiseFloor).max().orElseThrow();
        double median = median(sorted);
        return new WidthSummary(width, cells, median, sorted[0], sorted[sorted.length - 1], floor,
                median <= floor);
    }

    /**
     * Median of sorted values; for an even count the mean of the two middle values (so two
     * seeds give their mean). NaN sorts last and is not special-cased: a sweep holding NaN is
     * invalid anyway.
     */
    static double median(double[] sorted) {
        int n = sorted.length;
        if (n % 2 == 1) {
            return sorted[n / 2];
        }
        return sorted[n / 2 - 1] / 2 + sorted[n / 2] / 2;
    }

    /** The seed values in seed order. */
    public double[] seedValues() {
        return cells.stream().mapToDouble(PointValue::value).toArray();
    }

    /** The probe of the largest seed value. */
    public String probeOfMax() {
        return cells.stream().max(Comparator.comparingDouble(PointValue::value)).orElseThrow().probe();
    }

    /** Whether the median lies strictly above the noise floor. */
    public boolean aboveFloor() {
        return !zeroWithinPrecision;
    }

    /** Whether no seed's value is an unconverged iterative eigenvalue (a lower bound). */
    public boolean allConverged() {
        return cells.stream().allMatch(PointValue::converged);
    }
}
