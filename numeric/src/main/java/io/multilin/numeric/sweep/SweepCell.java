package io.multilin.numeric.sweep;

/**
 * One (width, seed) cell of a sweep.
 *
 * @param index      position in the plan ({@code widthIndex * seeds + seedIndex})
 * @param width      the width m
 * @param widthIndex position of the width in the plan
 * @param seedIndex  which of the plan's seeds (0-based)
 * @param seed       the derived seed handed to the measurement
 */
public record SweepCell(int index, long width, int widthIndex, int seedIndex, long seed) {

    /** A short label, e.g. {@code "m=256 seed#2"} (1-based seed number). */
    public String label() {
        return "m=" + width + " seed#" + (seedIndex + 1);
    }

    @Override
    public String toString() {
        return label() + " (seed " + seed + ")";
    }
}
