package io.multilin.check.sides.real;

import io.multilin.check.sides.Sides;

/** The sides backed by the symbolic and numeric modules: what the command line and claims-as-tests run against. */
public final class RealSides {

    private RealSides() {
    }

    public static Sides create() {
        return new Sides(new SymbolicAdapter(), new NumericAdapter(), new TrainingAdapter());
    }
}
