package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.Map;
import java.util.Set;

/**
 * One family of width-exponent rules (linear networks, later others). {@link ScalingAnalysis}
 * picks the family that applies to an architecture; adding rules for a new kind of network is
 * adding a family and its selection, not editing the existing ones.
 */
interface RuleFamily {

    Map<Set<Integer>, Outcome<Exponent>> groupExponents();

    Outcome<Exponent> exponent(Quantity quantity);

    Outcome<Integer> taylorDegree();

    Outcome<MultilinearStructure> multilinearStructure();
}
