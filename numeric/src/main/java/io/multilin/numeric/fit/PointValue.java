package io.multilin.numeric.fit;

import java.util.List;
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
 * @param evaluated  every probe evaluated for this value, in the order evaluated
 *                   (docs/MEANING.md section 4: the supremum is the maximum over these)
 * @param dropped    probes the measurement lists but did not evaluate, each with the reason
 *                   (a budget); a value with dropped probes is a lower bound of what the
 *                   listed probes would give
 * @param converged  false when an iterative eigenvalue behind {@code value} had not converged:
 *                   the value is then a lower bound, never a value to fit
 */
public record PointValue(double value, double noiseFloor, String probe, List<String> evaluated,
                         List<String> dropped, boolean converged) {

    public PointValue {
        Objects.requireNonNull(probe, "probe");
        evaluated = List.copyOf(evaluated);
        dropped = List.copyOf(dropped);
        if (value < 0) {
            throw new IllegalArgumentException(
                    "value " + value + " is negative; a measured quantity is a magnitude (probe " + probe + ")");
        }
        if (noiseFloor < 0) {
            throw new IllegalArgumentException(
                    "noise floor " + noiseFloor + " is negative (probe " + probe + ")");
        }
    }

    /** A value from a single, direct evaluation (no probe search, nothing iterative). */
    public PointValue(double value, double noiseFloor, String probe) {
        this(value, noiseFloor, probe, List.of(probe), List.of(), true);
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
