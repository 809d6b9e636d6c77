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

    /** Which family answers each quantity; a new kind of quantity does not compile until it is routed. */
    @Override
    public Outcome<Exponent> exponent(Quantity quantity) {
        RuleFamily family = quantity.accept(new Quantity.Cases<>() {
            @Override
            public RuleFamily taylorResidual(Quantity.TaylorResidual q) {
                return groups;
            }

            @Override
            public RuleFamily hessianNorm(Quantity.HessianNorm q) {
                return groups;
            }

            @Override
            public RuleFamily hessianBlock(Quantity.HessianBlock q) {
                return groups;
            }

            @Override
            public RuleFamily mixedDerivative(Quantity.MixedDerivative q) {
                return groups;
            }

            @Override
            public RuleFamily tangentKernelChange(Quantity.TangentKernelChange q) {
                return general;
            }

            @Override
            public RuleFamily outputScale(Quantity.OutputScale q) {
                return general;
            }

            @Override
            public RuleFamily preActivationScale(Quantity.PreActivationScale q) {
                return general;
            }

            @Override
            public RuleFamily oneStepChange(Quantity.OneStepChange q) {
                return general;
            }

            @Override
            public RuleFamily featureChange(Quantity.FeatureChange q) {
                return general;
            }

            @Override
            public RuleFamily outputChange(Quantity.OutputChange q) {
                return general;
            }

            @Override
            public RuleFamily lossChange(Quantity.LossChange q) {
                return general;
            }
        });
        return family.exponent(quantity);
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
