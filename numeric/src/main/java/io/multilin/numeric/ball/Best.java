package io.multilin.numeric.ball;

import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The running supremum over probes: the largest value with the probe that attained it, every
 * probe evaluated (in order), the probes a budget dropped and whether every iterative value
 * behind it converged. The floor reported is the largest floor of every evaluated point, so
 * that a maximum taken over many values at the rounding level is not mistaken for a signal by
 * comparing it with the floor of one lucky point.
 */
final class Best {

    private double value = Double.NEGATIVE_INFINITY;
    private double floor = 0;
    private String probe = "none";
    private boolean invalid;
    private boolean converged = true;
    private final Set<String> evaluated = new LinkedHashSet<>();
    private final List<String> dropped = new ArrayList<>();

    /** Records one exact (non-iterative) evaluation. */
    void offer(double candidate, double candidateFloor, String name) {
        offer(candidate, candidateFloor, name, true);
    }

    /**
     * Records one evaluation; NaN is kept (it invalidates the cell rather than being hidden).
     * An unconverged candidate makes the whole value a lower bound even when it is not the
     * largest: its true value may exceed the maximum of the others.
     */
    void offer(double candidate, double candidateFloor, String name, boolean candidateConverged) {
        evaluated.add(name);
        converged &= candidateConverged;
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

    /** Probes listed but not evaluated, each {@code "name: reason"}. */
    void drop(List<String> reasons) {
        dropped.addAll(reasons);
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
        return new PointValue(invalid ? Double.NaN : value, floor, probe, List.copyOf(evaluated), dropped,
                converged);
    }
}
