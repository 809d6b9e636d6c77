package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.Map;
import java.util.Set;

/**
 * Linear networks: the group rules answer everything they cover (groups, residuals, Hessian
 * blocks, mixed derivatives, degrees); the init-scale, kernel and one-step quantities, which
 * they leave open, come from the general rules with sigma = identity.
 */
record LinearWithScales(RuleFamily groups, RuleFamily general) implements RuleFamily {

    @Override
    public Map<Set<Integer>, Outcome<Exponent>> groupExponents() {
        return groups.groupExponents();
    }

    @Override
    public Outcome<Exponent> exponent(Quantity quantity) {
        boolean general = quantity instanceof Quantity.OutputScale || quantity instanceof Quantity.PreActivationScale
                || quantity instanceof Quantity.TangentKernelChange || quantity instanceof Quantity.OneStepChange;
        return general ? this.general.exponent(quantity) : groups.exponent(quantity);
    }

    @Override
    public Outcome<Integer> taylorDegree() {
        return groups.taylorDegree();
    }

    @Override
    public Outcome<MultilinearStructure> multilinearStructure() {
        return groups.multilinearStructure();
    }
}
