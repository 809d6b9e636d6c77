package io.multilin.numeric.ball;

import io.multilin.numeric.fit.PointValue;

/**
 * The running supremum over probes: the largest value with the probe that attained it. The
 * floor reported is the largest floor of every evaluated point, so that a maximum taken over
 * many values at the rounding level is not mistaken for a signal by comparing it with the floor
 * of one lucky point.
 */
final class Best {

    private double value = Double.NEGATIVE_INFINITY;
    private double floor = 0;
    private String probe = "none";
    private boolean invalid;

    /** Records one evaluation; NaN is kept (it invalidates the cell rather than being hidden). */
    void offer(double candidate, double candidateFloor, String name) {
        if (Double.isNaN(candidate) || Double.isNaN(candidateFloor)) {
            if (!invalid) {
                invalid = true;
                value = Double.NaN;
                probe = name;
            }
            return;
        }
        floor = Math.max(floor, candidateFloor);
        // A later probe must beat the current one by more than its own rounding level: probes
        // come in priority order, and a tie within precision keeps the earlier name.
        if (!invalid && (isEmpty() || candidate > value + candidateFloor)) {
            value = candidate;
            probe = name;
        }
    }

    boolean isEmpty() {
        return value == Double.NEGATIVE_INFINITY;
    }

    double value() { return value; }

    String probe() { return probe; }

    PointValue toPointValue() {
        if (isEmpty()) {
            throw new IllegalStateException("no probe was evaluated");
        }
        return new PointValue(invalid ? Double.NaN : value, floor, probe);
    }
}
