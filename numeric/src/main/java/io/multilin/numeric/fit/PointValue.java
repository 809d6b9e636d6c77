package io.multilin.numeric.fit;

import java.util.Objects;

/**
 * One measurement of a quantity at one (width, seed) cell.
 *
 * @param value      the measured quantity; quantities are magnitudes, so a finite value must be
 *                   {@code >= 0}. NaN and infinities are accepted on purpose: they are carried
 *                   to the sweep, which marks the whole result invalid and names the cell,
 *                   rather than being hidden here.
 * @param noiseFloor the estimated level (double rounding, finite-difference truncation) at or
 *                   below which {@code value} is zero within precision; {@code >= 0} when finite
 * @param probe      the name of the probe direction that achieved {@code value}
 */
public record PointValue(double value, double noiseFloor, String probe) {

    public PointValue {
        Objects.requireNonNull(probe, "probe");
        if (value < 0) {
            throw new IllegalArgumentException(
                    "value " + value + " is negative; a measured quantity is a magnitude (probe " + probe + ")");
        }
        if (noiseFloor < 0) {
            throw new IllegalArgumentException(
                    "noise floor " + noiseFloor + " is negative (probe " + probe + ")");
        }
    }

    /** Whether both the value and the floor are finite numbers. */
    public boolean isFinite() {
        return Double.isFinite(value) && Double.isFinite(noiseFloor);
    }

    /** Whether the value is zero within precision: at or below its own noise floor. */
    public boolean atOrBelowFloor() {
        return value <= noiseFloor;
    }
}
