package io.multilin.check.fakes;

import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Step;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Exponent;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.Sides;
import io.multilin.check.sides.SymbolicSide;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Sides scripted by quantity: an exact exponent for the symbolic side and a synthetic power law
 * with that exponent for the numeric side, unless a test overrides one of them. Quantities
 * with no script get NoRule / an invalid measurement. Records what was asked.
 */
public final class ScriptedSides {

    private final Map<Quantity, Prediction> predictions = new HashMap<>();
    private final Map<Quantity, Function<Quantity, Measurement>> measurements = new HashMap<>();
    private final List<Quantity> measured = new ArrayList<>();

    /** Both sides agree: exponent num/den (symbolic exact, numeric a clean power law). */
    public ScriptedSides exponent(Quantity q, int numerator, int denominator) {
        predictions.put(q, new Prediction.Predicted(new Exponent.Power(new Fraction(numerator, denominator)),
                List.of(Step.of("scripted rule for ", Notate.quantity(q)))));
        double e = (double) numerator / denominator;
        measurements.put(q, quantity -> Synthetic.powerLaw(quantity, e));
        return this;
    }

    public ScriptedSides zero(Quantity q) {
        predictions.put(q, new Prediction.Predicted(Exponent.ZERO_FUNCTION, List.of(Step.of("no terms"))));
        measurements.put(q, Synthetic::atFloor);
        return this;
    }

    public ScriptedSides predict(Quantity q, Prediction p) {
        predictions.put(q, p);
        return this;
    }

    public ScriptedSides measure(Quantity q, Function<Quantity, Measurement> m) {
        measurements.put(q, m);
        return this;
    }

    public List<Quantity> measured() {
        return measured;
    }

    public Sides sides() {
        SymbolicSide symbolic = (architecture, quantity) ->
                predictions.getOrDefault(quantity, new Prediction.NoRule("no scripted rule"));
        NumericSide numeric = (architecture, quantity, settings) -> {
            synchronized (measured) {
                measured.add(quantity);
            }
            settings.progress().cellDone(quantity, 1, 1);
            Function<Quantity, Measurement> f = measurements.get(quantity);
            return f == null ? Measurement.invalid(quantity, "not scripted") : f.apply(quantity);
        };
        return new Sides(symbolic, numeric);
    }
}
