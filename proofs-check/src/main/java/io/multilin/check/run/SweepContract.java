package io.multilin.check.run;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The widths a sweep must cover (docs/MEANING.md section 4, docs/VERDICTS.md section 5): at
 * least 5 widths spanning at least 16x, the smallest at least 8 times the largest fixed hidden
 * width, so that every bottleneck is narrow against m. A sweep below this is a quick check and
 * says so.
 */
public final class SweepContract {

    public static final int MIN_WIDTHS = 5;
    public static final long MIN_SPAN = 16;
    public static final long FIXED_WIDTH_FACTOR = 8;
    /** The smallest first width of a default sweep, whatever the architecture. */
    public static final long FIRST_WIDTH = 64;

    private SweepContract() {
    }

    /** The largest fixed hidden width (0 when every hidden layer scales with m). */
    public static long largestFixedHidden(Architecture architecture) {
        long largest = 0;
        for (int i = 1; i < architecture.widths().size() - 1; i++) {
            if (architecture.width(i) instanceof Width.Fixed fixed) {
                largest = Math.max(largest, fixed.size());
            }
        }
        return largest;
    }

    /** Five widths doubling from {@code max(64, 8 x the largest fixed hidden width)}, rounded up to a power of 2. */
    public static List<Long> defaultWidths(Architecture architecture) {
        long first = Long.highestOneBit(Math.max(FIRST_WIDTH, FIXED_WIDTH_FACTOR * largestFixedHidden(architecture)) * 2 - 1);
        List<Long> widths = new ArrayList<>();
        for (int i = 0; i < MIN_WIDTHS; i++) {
            widths.add(first << i);
        }
        return widths;
    }

    /** Why these widths fall short of the contract for this network, or empty when they meet it. */
    public static Optional<String> shortfall(Architecture architecture, List<Long> widths) {
        if (widths.size() < MIN_WIDTHS) {
            return Optional.of(widths.size() + " widths, the contract asks for " + MIN_WIDTHS);
        }
        long smallest = widths.get(0);
        long largest = widths.get(widths.size() - 1);
        if (largest < MIN_SPAN * smallest) {
            return Optional.of("spans " + largest / smallest + "x, the contract asks for " + MIN_SPAN + "x");
        }
        long fixed = largestFixedHidden(architecture);
        if (smallest < FIXED_WIDTH_FACTOR * fixed) {
            return Optional.of("starts below " + FIXED_WIDTH_FACTOR + " x the fixed hidden width " + fixed);
        }
        return Optional.empty();
    }

    /** The same sweep with every width multiplied by {@code factor}. */
    public static List<Long> scaled(List<Long> widths, long factor) {
        return widths.stream().map(w -> Math.multiplyExact(w, factor)).toList();
    }
}
