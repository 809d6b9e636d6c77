package io.multilin.check.sides;

import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.sides.real.SymbolicAdapter;

/** The pair of sides a run uses. */
public record Sides(SymbolicSide symbolic, NumericSide numeric) {

    /** The sides backed by the symbolic and numeric modules (adapters in {@code sides.real}). */
    public static Sides real() {
        return new Sides(new SymbolicAdapter(), new NumericAdapter());
    }
}
