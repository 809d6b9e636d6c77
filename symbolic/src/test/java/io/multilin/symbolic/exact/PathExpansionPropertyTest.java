package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Activation;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated linear networks (depth 1..5, widths 1..4, multipliers other than 1, some zero
 * inputs): the sum over paths equals forward propagation monomial by monomial, coefficients
 * compared exactly, and has one term per path through a non-zero input.
 */
class PathExpansionPropertyTest {

    /** Values whose products round, so that a change in the order of multiplication shows. */
    private static final List<Double> MULTIPLIERS = List.of(1.0, 0.1, 0.7, -1.3, 1 / 3.0, 3.0, 0.125);
    private static final List<Double> INPUTS = List.of(0.0, 0.0, 1.0, -2.0, 0.3, 1.7, -1 / 7.0);

    @Property(tries = 300)
    void pathsEqualThePropagation(@ForAll("networks") ConcreteNetwork network) {
        WeightVariables vars = new WeightVariables(network.widths(), false);
        SparsePolynomial paths = PathExpansion.output(network, vars);
        assertEquals(ForwardPropagation.output(network, vars).terms(), paths.terms());
        assertEquals(pathsThroughLiveInputs(network), paths.size());
    }

    @Property(tries = 100)
    void perturbedPathsEqualThePropagation(@ForAll("shallowNetworks") ConcreteNetwork network) {
        WeightVariables vars = new WeightVariables(network.widths(), true);
        SparsePolynomial paths = PathExpansion.output(network, vars);
        assertEquals(ForwardPropagation.output(network, vars).terms(), paths.terms());
        assertEquals(pathsThroughLiveInputs(network) << network.depth(), paths.size());
    }

    /** Counted from the network, independently of both expansions. */
    private static long pathsThroughLiveInputs(ConcreteNetwork network) {
        long live = 0;
        for (double xj : network.x()) {
            live += xj == 0.0 ? 0 : 1;
        }
        int[] n = network.widths();
        for (int l = 1; l < n.length - 1; l++) {
            live *= n[l];
        }
        return live;
    }

    @Provide
    Arbitrary<ConcreteNetwork> networks() {
        return networksOfDepth(5);
    }

    @Provide
    Arbitrary<ConcreteNetwork> shallowNetworks() {
        return networksOfDepth(4);
    }

    private static Arbitrary<ConcreteNetwork> networksOfDepth(int maxDepth) {
        return Arbitraries.integers().between(1, maxDepth).flatMap(depth -> {
            Arbitrary<List<Integer>> widths = Arbitraries.integers().between(1, 4).list().ofSize(depth + 1);
            Arbitrary<List<Double>> alphas = Arbitraries.of(MULTIPLIERS).list().ofSize(depth);
            return Combinators.combine(widths, alphas).flatAs((w, a) -> Arbitraries.of(INPUTS).list()
                    .ofSize(w.get(0)).map(x -> new ConcreteNetwork(w.stream().mapToInt(Integer::intValue).toArray(),
                            Activation.LINEAR, Activation.LINEAR, x.stream().mapToDouble(Double::doubleValue).toArray(),
                            a.stream().mapToDouble(Double::doubleValue).toArray())));
        });
    }
}
