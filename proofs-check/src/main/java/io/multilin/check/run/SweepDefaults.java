package io.multilin.check.run;

import java.util.List;

/**
 * Run-wide sweep settings; a claim's own {@code sweep:} overrides widths and seeds. The default
 * widths satisfy MATH.md section 4: five widths spanning 16x.
 */
public record SweepDefaults(List<Long> widths, int seeds, long baseSeed, int threads) {

    public static final List<Long> WIDTHS = List.of(64L, 128L, 256L, 512L, 1024L);
    public static final int SEEDS = 3;
    public static final long SEED = 20240601L;

    public SweepDefaults {
        widths = List.copyOf(widths);
    }

    public static SweepDefaults of(long baseSeed, int threads) {
        return new SweepDefaults(WIDTHS, SEEDS, baseSeed, threads);
    }
}
