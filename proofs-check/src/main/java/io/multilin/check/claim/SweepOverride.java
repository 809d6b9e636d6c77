package io.multilin.check.claim;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** A claim's own {@code sweep:} section; absent parts fall back to the tool's defaults. */
public record SweepOverride(Optional<List<Long>> widths, OptionalInt seeds) {

    public SweepOverride {
        widths = widths.map(List::copyOf);
    }
}
