package io.multilin.check.sides;

import java.nio.file.Path;

/**
 * The sides a run uses: symbolic and numeric for network claims, the training port for training
 * claims. The real ones, backed by the modules, are assembled outside proofs-check (the
 * application's {@code RealSides}), which is why nothing here imports a side's module.
 */
public record Sides(SymbolicSide symbolic, NumericSide numeric, TrainingSide training) {

    /** Network sides only: a training claim checked with these fails with a clear message. */
    public Sides(SymbolicSide symbolic, NumericSide numeric) {
        this(symbolic, numeric, TrainingSide.ABSENT);
    }

    /** The same sides, the numeric one keeping finished cells in {@code folder}. */
    public Sides withCache(Path folder) {
        return new Sides(symbolic, numeric.withCache(folder), training);
    }
}
