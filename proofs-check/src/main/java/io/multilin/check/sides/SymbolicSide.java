package io.multilin.check.sides;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;

/** Port to the symbolic module: the exact width exponent of a quantity, derived by rules. */
public interface SymbolicSide {

    /** Must not throw for an unsupported case: return {@link Prediction.NoRule} with the reason. */
    Prediction predict(Architecture architecture, Quantity quantity);
}
