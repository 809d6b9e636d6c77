package io.multilin.check.sides;

import java.util.List;

/**
 * The measured values at one width: one value per seed, their median, min and max, the noise
 * floor estimated at this width, whether the median is at or below it, and the probe direction
 * that achieved the maximum (e.g. "gradient", "lanczos-1", "rank-one-chain", "random-3").
 *
 * @param probesEvaluated every probe evaluated at this width (over all seeds), in first-use order
 * @param probesDropped   probes listed but not evaluated (a budget), each with its reason
 * @param converged       false when an iterative eigenvalue of some seed had not converged: the
 *                        width is then a lower bound, never fitted
 */
public record WidthPoint(long m, List<Double> seedValues, double median, double min, double max, double noiseFloor,
                         boolean atFloor, String probe, List<String> probesEvaluated, List<String> probesDropped,
                         boolean converged) {

    public WidthPoint {
        seedValues = List.copyOf(seedValues);
        probesEvaluated = List.copyOf(probesEvaluated);
        probesDropped = List.copyOf(probesDropped);
    }

    /** A width of a direct evaluation: nothing dropped, nothing iterative. */
    public WidthPoint(long m, List<Double> seedValues, double median, double min, double max, double noiseFloor,
                      boolean atFloor, String probe) {
        this(m, seedValues, median, min, max, noiseFloor, atFloor, probe, List.of(probe), List.of(), true);
    }

    public boolean isFinite() {
        return Double.isFinite(median) && Double.isFinite(min) && Double.isFinite(max)
                && seedValues.stream().allMatch(Double::isFinite);
    }
}
