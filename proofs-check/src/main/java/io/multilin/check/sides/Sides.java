package io.multilin.check.sides;

import io.multilin.check.sides.real.NumericAdapter;
import io.multilin.check.sides.real.SymbolicAdapter;
import io.multilin.check.sides.real.TrainingAdapter;

/** The sides a run uses: symbolic and numeric for network claims, the training port for training claims. */
public record Sides(SymbolicSide symbolic, NumericSide numeric, TrainingSide training) {

    /** Network sides as given, the real training port. */
    public Sides(SymbolicSide symbolic, NumericSide numeric) {
        this(symbolic, numeric, new TrainingAdapter());
    }

    /** The same sides, the numeric one keeping finished cells in {@code folder}. */
    public Sides withCache(java.nio.file.Path folder) {
        return new Sides(symbolic, numeric.withCache(folder), training);
    }

    /** The sides backed by the symbolic and numeric modules (adapters in {@code sides.real}). */
    public static Sides real() {
        return new Sides(new SymbolicAdapter(), new NumericAdapter(), new TrainingAdapter());
    }
}
