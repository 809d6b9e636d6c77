package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import java.util.Map;
import java.util.Set;

/**
 * Width-exponent predictions for one architecture, derived by rules (docs/MEANING.md section 3), with
 * Unsupported wherever no rule applies. The rule family is chosen here from the architecture:
 * linear networks get the group rules (plus the general rules for init scales, kernel and one
 * step), every other network the general rules of {@link NonlinearNetworkRules}.
 */
public final class ScalingAnalysis {

    private final Architecture architecture;
    private final RuleFamily rules;

    private ScalingAnalysis(Architecture architecture, RuleFamily rules) {
        this.architecture = architecture;
        this.rules = rules;
    }

    public static ScalingAnalysis of(Architecture architecture) {
        return new ScalingAnalysis(architecture, family(architecture));
    }

    private static RuleFamily family(Architecture architecture) {
        int depth = architecture.depth();
        boolean linear = architecture.activation() instanceof Activation.Linear
                && architecture.output() instanceof Activation.Linear;
        if (!linear) {
            return new NonlinearNetworkRules(architecture);
        }
        if (depth > GroupTable.MAX_DEPTH) {
            return new LinearWithScales(new NoRule(depth, "the group rules enumerate subsets of at most "
                    + GroupTable.MAX_DEPTH + " layers, this network has " + depth), new NonlinearNetworkRules(architecture));
        }
        return new LinearWithScales(new LinearNetworkRules(architecture), new NonlinearNetworkRules(architecture));
    }

    public Architecture architecture() {
        return architecture;
    }

    /** The exponent of m of a quantity, for every Quantity kind; Unsupported with the reason. */
    public Outcome<Exponent> exponent(Quantity quantity) {
        return rules.exponent(quantity);
    }

    /** The smallest k whose Taylor residual vanishes over the ball. */
    public Outcome<Integer> taylorDegree() {
        return rules.taylorDegree();
    }

    public Outcome<MultilinearStructure> multilinearStructure() {
        return rules.multilinearStructure();
    }

    /**
     * The exponent of the sup over the ball of each group of f(W0 + D), for every non-empty set S
     * of perturbed layers, smallest sets first. 2^L entries with a derivation each: for reports.
     */
    public Map<Set<Integer>, Outcome<Exponent>> groupExponents() {
        return rules.groupExponents();
    }
}
