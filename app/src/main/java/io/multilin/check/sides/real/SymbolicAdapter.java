package io.multilin.check.sides.real;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.SmallExpansion;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.symbolic.exact.SymjaLatex;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The symbolic port backed by the symbolic module's width-exponent rules and exact expansions. */
public final class SymbolicAdapter implements SymbolicSide {

    // One analysis per architecture: a claim asks about several quantities of one network.
    private final Map<Architecture, ScalingAnalysis> analyses = new HashMap<>();

    @Override
    public synchronized Prediction predict(Architecture architecture, Quantity quantity) {
        ScalingAnalysis analysis = analyses.computeIfAbsent(architecture, ScalingAnalysis::of);
        Outcome<Exponent> outcome = analysis.exponent(quantity);
        return outcome.fold(Prediction.Predicted::new, Prediction.NoRule::new);
    }

    /**
     * Linear networks only: a polynomial activation multiplies the degree at every layer, so even
     * the instance with widths 2 has more terms than a report (or Symja, in minutes) can take.
     */
    @Override
    public boolean expands(Architecture architecture) {
        return architecture.activation() instanceof Activation.Linear
                && architecture.output() instanceof Activation.Linear;
    }

    @Override
    public SmallExpansion smallInstance(Architecture architecture, int shownTerms) {
        if (!expands(architecture)) {
            throw new IllegalArgumentException("only linear networks are expanded, not " + architecture.widthsSpelling());
        }
        List<SmallExpansion.Group> groups = SymjaLatex.groups(architecture, shownTerms).stream()
                .map(g -> new SmallExpansion.Group(List.copyOf(g.perturbedLayers()), g.termCount(), g.latex())).toList();
        return new SmallExpansion(Arrays.stream(SymjaLatex.smallWidths(architecture)).boxed().toList(), groups);
    }

}
