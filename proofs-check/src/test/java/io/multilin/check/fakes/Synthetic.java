package io.multilin.check.fakes;

import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.WidthPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Synthetic sweeps: values {@code c m^e} times a deterministic multiplicative wobble per seed,
 * fitted like the numeric side would (log-log least squares over the widths above the floor).
 */
public final class Synthetic {

    public static final List<Long> WIDTHS = List.of(64L, 128L, 256L, 512L, 1024L);
    public static final double FLOOR = 1e-13;

    private Synthetic() {
    }

    public static Measurement powerLaw(Quantity quantity, double exponent, double coefficient, double wobble) {
        List<WidthPoint> points = new ArrayList<>();
        for (long m : WIDTHS) {
            List<Double> values = new ArrayList<>();
            for (int seed = 0; seed < 3; seed++) {
                double noise = 1 + wobble * Math.sin(1.7 * seed + 0.37 * m);
                values.add(coefficient * Math.pow(m, exponent) * noise);
            }
            points.add(point(m, values));
        }
        return fitted(quantity, points);
    }

    public static Measurement powerLaw(Quantity quantity, double exponent) {
        return powerLaw(quantity, exponent, 1.0, 0.02);
    }

    /** Values at the noise floor at every width: an identically zero quantity. */
    public static Measurement atFloor(Quantity quantity) {
        List<WidthPoint> points = new ArrayList<>();
        for (long m : WIDTHS) {
            points.add(point(m, List.of(1e-16, 2e-16, 1e-16)));
        }
        return new Measurement(quantity, points, Optional.empty(), true, Optional.empty());
    }

    public static Measurement withNaN(Quantity quantity) {
        List<WidthPoint> points = new ArrayList<>(powerLaw(quantity, 0).points());
        WidthPoint last = points.remove(points.size() - 1);
        points.add(new WidthPoint(last.m(), List.of(Double.NaN, 1.0, 1.0), Double.NaN, 1.0, Double.NaN, FLOOR, false,
                "gradient"));
        return new Measurement(quantity, points, powerLaw(quantity, 0).fit(), false, Optional.empty());
    }

    /** A measurement with a given fit and every point above the floor. */
    public static Measurement withFit(Quantity quantity, double slope, double lo, double hi) {
        List<WidthPoint> points = new ArrayList<>();
        for (long m : WIDTHS) {
            points.add(point(m, List.of(1.0, 1.0, 1.0)));
        }
        return new Measurement(quantity, points, Optional.of(new Fit(slope, lo, hi, 0.99, points.size(), WIDTHS, 3, 0.95)),
                false, Optional.empty());
    }

    static WidthPoint point(long m, List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        double median = new Median().evaluate(array);
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new WidthPoint(m, values, median, min, max, FLOOR, median <= FLOOR, "rank-one-chain");
    }

    static Measurement fitted(Quantity quantity, List<WidthPoint> points) {
        SimpleRegression regression = new SimpleRegression();
        List<Long> used = new ArrayList<>();
        for (WidthPoint p : points) {
            if (!p.atFloor()) {
                regression.addData(Math.log(p.m()), Math.log(p.median()));
                used.add(p.m());
            }
        }
        boolean falls = points.get(points.size() - 1).atFloor();
        Optional<Fit> fit = Optional.empty();
        if (used.size() >= 3) {
            double slope = regression.getSlope();
            double half = regression.getSlopeConfidenceInterval(0.05);
            fit = Optional.of(new Fit(slope, slope - half, slope + half, regression.getRSquare(), used.size(), used, 3, 0.95));
        }
        return new Measurement(quantity, points, fit, falls, Optional.empty());
    }
}
