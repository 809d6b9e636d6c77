package io.multilin.check.sides;

import java.util.List;

/**
 * The measured values at one width: one value per seed, their median, min and max, the noise
 * floor estimated at this width, whether the median is at or below it, and the probe direction
 * that achieved the maximum (e.g. "gradient", "lanczos-1", "rank-one-chain", "random-3").
 */
public record WidthPoint(long m, List<Double> seedValues, double median, double min, double max, double noiseFloor,
                         boolean atFloor, String probe) {

    public WidthPoint {
        seedValues = List.copyOf(seedValues);
    }

    public boolean isFinite() {
        return Double.isFinite(median) && Double.isFinite(min) && Double.isFinite(max)
                && seedValues.stream().allMatch(Double::isFinite);
    }
}
