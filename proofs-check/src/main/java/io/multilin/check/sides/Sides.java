package io.multilin.check.sides;

/** The pair of sides a run uses. */
public record Sides(SymbolicSide symbolic, NumericSide numeric) {

    /**
     * The sides backed by the symbolic and numeric modules. The adapters live in
     * {@code io.multilin.check.sides.real}; until they are wired this answers "not wired yet".
     */
    public static Sides real() {
        SymbolicSide symbolic = (architecture, quantity) -> new Prediction.NoRule(
                "symbolic side not wired yet");
        NumericSide numeric = (architecture, quantity, settings) -> Measurement.invalid(quantity,
                "numeric side not wired yet");
        return new Sides(symbolic, numeric);
    }
}
