package io.multilin.check.sides;

/**
 * What one (width, seed) cell of a quantity is estimated to cost before it runs: its peak
 * memory in bytes and its work in arbitrary units proportional to time (so that the time of a
 * sweep at larger widths can be scaled from the time of one already run).
 */
public record CellCost(long bytes, double work) {
}
