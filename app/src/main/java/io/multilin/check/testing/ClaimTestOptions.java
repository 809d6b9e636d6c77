package io.multilin.check.testing;

import io.multilin.check.run.SweepDefaults;
import io.multilin.check.verdict.Mode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How claims run as tests: which sides (both by default), and an optional sweep that replaces
 * every claim's own {@code sweep:} (a test suite usually wants a smaller, faster one than a
 * release check; docs/CLAIMS.md still asks for at least 3 widths per fit).
 *
 * @param widths  when present, the widths of every sweep, overriding the claims' own
 * @param seeds   when present, seeds per width, overriding the claims' own
 */
public record ClaimTestOptions(Mode mode, Optional<List<Long>> widths, OptionalInt seeds, long baseSeed,
                               int threads) {

    public ClaimTestOptions {
        widths = widths.map(List::copyOf);
        if (widths.isPresent() && widths.get().size() < 3) {
            throw new IllegalArgumentException("a sweep needs at least 3 widths for a slope interval, got "
                    + widths.get());
        }
        if (seeds.isPresent() && seeds.getAsInt() < 1 || threads < 1) {
            throw new IllegalArgumentException("seeds and threads must be at least 1");
        }
    }

    /** Both sides, each claim's own sweep (or the tool's defaults), one thread. */
    public static ClaimTestOptions defaults() {
        return new ClaimTestOptions(Mode.BOTH, Optional.empty(), OptionalInt.empty(), SweepDefaults.SEED, 1);
    }

    /** The symbolic side alone: no sweep, fast (the verdict rests on the rules alone). */
    public ClaimTestOptions symbolicOnly() {
        return new ClaimTestOptions(Mode.SYMBOLIC, widths, seeds, baseSeed, threads);
    }

    public ClaimTestOptions numericOnly() {
        return new ClaimTestOptions(Mode.NUMERIC, widths, seeds, baseSeed, threads);
    }

    /** Sweeps every claim over these widths instead of its own. */
    public ClaimTestOptions withWidths(Long... widths) {
        return new ClaimTestOptions(mode, Optional.of(List.of(widths)), seeds, baseSeed, threads);
    }

    public ClaimTestOptions withSeeds(int seeds) {
        return new ClaimTestOptions(mode, widths, OptionalInt.of(seeds), baseSeed, threads);
    }

    public ClaimTestOptions withBaseSeed(long baseSeed) {
        return new ClaimTestOptions(mode, widths, seeds, baseSeed, threads);
    }

    public ClaimTestOptions withThreads(int threads) {
        return new ClaimTestOptions(mode, widths, seeds, baseSeed, threads);
    }
}
