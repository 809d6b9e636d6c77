package io.multilin.check.sides;

import io.multilin.architecture.Quantity;
import java.util.List;
import java.util.Optional;

/**
 * A width sweep of one quantity. {@code fallsToFloor}: the values reach the noise floor as m
 * grows (and stay there), which counts as vanishing. {@code invalidReason}: why the sweep
 * cannot be used (NaN/Inf appeared, interrupted, not measurable); never ignored.
 */
public record Measurement(Quantity quantity, List<WidthPoint> points, Optional<Fit> fit, boolean fallsToFloor,
                          Optional<String> invalidReason) {

    public Measurement {
        points = List.copyOf(points);
    }

    public static Measurement invalid(Quantity quantity, String reason) {
        return new Measurement(quantity, List.of(), Optional.empty(), false, Optional.of(reason));
    }

    /** Widths whose median is above the noise floor. */
    public long widthsAboveFloor() {
        return points.stream().filter(p -> !p.atFloor()).count();
    }

    public boolean anyAtFloor() {
        return points.stream().anyMatch(WidthPoint::atFloor);
    }

    /** Zero within precision at every width (docs/VERDICTS.md: supports "identically zero"). */
    public boolean atFloorEverywhere() {
        return !points.isEmpty() && points.stream().allMatch(WidthPoint::atFloor);
    }

    /** Probes some width listed but did not evaluate: the values are then lower bounds. */
    public List<String> droppedProbes() {
        return points.stream().flatMap(p -> p.probesDropped().stream().map(d -> "m = " + p.m() + ": " + d)).toList();
    }

    /** Widths where an iterative eigenvalue had not converged (never fitted). */
    public List<Long> unconvergedWidths() {
        return points.stream().filter(p -> !p.converged()).map(WidthPoint::m).toList();
    }

    /** The widths swept, increasing. */
    public List<Long> widths() {
        return points.stream().map(WidthPoint::m).toList();
    }

    /** The reason this sweep is unusable, including NaN/Inf the producer did not flag itself. */
    public Optional<String> problem() {
        if (invalidReason.isPresent()) {
            return invalidReason;
        }
        for (WidthPoint p : points) {
            if (!p.isFinite()) {
                return Optional.of("NaN or Inf at m = " + p.m());
            }
        }
        if (fit.isPresent() && !fit.get().isFinite()) {
            return Optional.of("the fit is not finite (NaN or Inf)");
        }
        return Optional.empty();
    }
}
