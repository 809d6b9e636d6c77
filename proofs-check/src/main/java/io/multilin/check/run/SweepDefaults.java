package io.multilin.check.run;

import java.util.List;
import java.util.Optional;

/**
 * Run-wide sweep settings. Without {@code widths} every claim gets the widths its architecture
 * needs ({@link SweepContract#defaultWidths}), raised when the measurement cannot tell or
 * contradicts the derivation; a claim's own {@code sweep:} replaces them. With {@code widths}
 * (claims as tests with a quick sweep) every claim uses exactly those and they are never raised.
 *
 * @param maxMemoryBytes the memory the cells running at once may use, estimated before a sweep
 *                       runs (half of it, to leave room for what cells discard); a sweep that
 *                       would need more is refused with the estimate, never run into an
 *                       OutOfMemoryError
 */
public record SweepDefaults(Optional<List<Long>> widths, int seeds, long baseSeed, int threads, long maxMemoryBytes) {

    /** The default widths of a network whose hidden layers all scale with m. */
    public static final List<Long> WIDTHS = List.of(64L, 128L, 256L, 512L, 1024L);
    public static final int SEEDS = 3;
    public static final long SEED = 20240601L;

    public SweepDefaults {
        widths = widths.map(List::copyOf);
        if (maxMemoryBytes < 1) {
            throw new IllegalArgumentException("the memory budget must be positive, got " + maxMemoryBytes);
        }
    }

    public SweepDefaults(Optional<List<Long>> widths, int seeds, long baseSeed, int threads) {
        this(widths, seeds, baseSeed, threads, Runtime.getRuntime().maxMemory());
    }

    public SweepDefaults(List<Long> widths, int seeds, long baseSeed, int threads) {
        this(Optional.of(widths), seeds, baseSeed, threads);
    }

    public static SweepDefaults of(long baseSeed, int threads) {
        return new SweepDefaults(Optional.empty(), SEEDS, baseSeed, threads);
    }

    public SweepDefaults withMaxMemory(long bytes) {
        return new SweepDefaults(widths, seeds, baseSeed, threads, bytes);
    }
}
