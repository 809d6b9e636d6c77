package io.multilin.numeric.sweep;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which cells a width sweep measures: every width in {@code widths} times {@code seeds} seeds.
 * docs/MEANING.md section 4 asks for at least 5 widths spanning at least 16x and several seeds.
 *
 * <p>The seed of seed index {@code s} depends on {@code (baseSeed, s)} only, so it is the
 * same at every width (common random numbers across widths) and does not depend on thread
 * count or completion order. Measurements derive their own streams from (seed, width, purpose).
 *
 * @param widths   strictly increasing positive widths (copied)
 * @param seeds    number of seeds per width, {@code >= 1}
 * @param baseSeed the seed everything is derived from
 */
public record SweepPlan(long[] widths, int seeds, long baseSeed) {

    /**
     * What a slope needs at all. The contract's 5 widths over 16x (and 8x the fixed hidden
     * widths) is the checker's to enforce: a plan below it runs, and its verdict says it is a
     * quick check.
     */
    public static final int MIN_WIDTHS = 3;
    public static final long MIN_SPAN = 2;

    public SweepPlan {
        widths = widths.clone();
        if (widths.length < MIN_WIDTHS) {
            throw new IllegalArgumentException("a sweep needs at least " + MIN_WIDTHS + " widths, got "
                    + widths.length + " " + Arrays.toString(widths));
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < 1) {
                throw new IllegalArgumentException("width " + widths[i] + " at position " + i + " is not positive");
            }
            if (i > 0 && widths[i] <= widths[i - 1]) {
                throw new IllegalArgumentException("widths must be strictly increasing, but " + widths[i]
                        + " follows " + widths[i - 1] + " in " + Arrays.toString(widths));
            }
        }
        long smallest = widths[0];
        long largest = widths[widths.length - 1];
        if (largest < MIN_SPAN * smallest) {
            throw new IllegalArgumentException("widths must span at least " + MIN_SPAN + "x, but "
                    + smallest + ".." + largest + " spans only "
                    + String.format(Locale.ROOT, "%.2f", (double) largest / smallest) + "x");
        }
        if (seeds < 1) {
            throw new IllegalArgumentException("at least one seed per width is needed, got " + seeds);
        }
    }

    /** Widths 64, 128, 256, 512, 1024 (16x) with 3 seeds each: the default for claims. */
    public static SweepPlan defaultForClaims(long baseSeed) {
        return new SweepPlan(new long[] {64, 128, 256, 512, 1024}, 3, baseSeed);
    }

    /** A copy of the widths. */
    @Override
    public long[] widths() {
        return widths.clone();
    }

    public int widthCount() {
        return widths.length;
    }

    public long width(int widthIndex) {
        return widths[widthIndex];
    }

    /** Number of (width, seed) cells. */
    public int cellCount() {
        return Math.multiplyExact(widths.length, seeds);
    }

    /**
     * The cell with index {@code widthIndex * seeds + seedIndex}: cells of the smallest width
     * come first, so a sweep launches the light cells first.
     */
    public SweepCell cell(int index) {
        if (index < 0 || index >= cellCount()) {
            throw new IndexOutOfBoundsException("cell " + index + " of " + cellCount());
        }
        int widthIndex = index / seeds;
        int seedIndex = index % seeds;
        return new SweepCell(index, widths[widthIndex], widthIndex, seedIndex, seedFor(seedIndex));
    }

    /** The seed of seed index {@code seedIndex}: a SplitMix64 mix of (baseSeed, seedIndex). */
    public long seedFor(int seedIndex) {
        if (seedIndex < 0 || seedIndex >= seeds) {
            throw new IndexOutOfBoundsException("seed index " + seedIndex + " of " + seeds);
        }
        return mix(mix(baseSeed) + 0x9E3779B97F4A7C15L * (seedIndex + 1L));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SweepPlan p && Arrays.equals(widths, p.widths) && seeds == p.seeds
                && baseSeed == p.baseSeed;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(widths) + seeds) + Long.hashCode(baseSeed);
    }

    @Override
    public String toString() {
        return "SweepPlan[widths=" + Arrays.toString(widths) + ", seeds=" + seeds + ", baseSeed=" + baseSeed + "]";
    }
}
