package io.multilin.check.sides.real;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.architecture.Exponent;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.HashMap;
import java.util.Map;

/** The symbolic port backed by the symbolic module's width-exponent rules. */
public final class SymbolicAdapter implements SymbolicSide {

    // One analysis per architecture: a claim asks about several quantities of one network.
    private final Map<Architecture, ScalingAnalysis> analyses = new HashMap<>();

    @Override
    public synchronized Prediction predict(Architecture architecture, Quantity quantity) {
        ScalingAnalysis analysis = analyses.computeIfAbsent(architecture, ScalingAnalysis::of);
        Outcome<Exponent> outcome = analysis.exponent(quantity);
        return outcome.fold(Prediction.Predicted::new, Prediction.NoRule::new);
    }

}
