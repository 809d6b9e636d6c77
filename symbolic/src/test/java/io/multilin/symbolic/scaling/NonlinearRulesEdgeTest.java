package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The general rules' handling of queries: groups, layer ranges, mixed derivatives by order. */
class NonlinearRulesEdgeTest {

    private static final ScalingAnalysis TANH = ScalingAnalysis.of(Networks.of("tanh", "linear", "ntk", "4,m,m,1"));

    @Test
    void groupsAreListedButHaveNoRuleOutsideLinearNetworks() {
        // One entry per non-empty set of the 3 layers, each Unsupported.
        Set<Set<Integer>> expected = new HashSet<>();
        for (int mask = 1; mask < 8; mask++) {
            expected.add(GroupTable.layerSet(mask));
        }
        assertEquals(expected, TANH.groupExponents().keySet());
        TANH.groupExponents().values().forEach(o -> assertTrue(reason(o).contains("linear networks only")));
        assertTrue(reason(TANH.groupExponents().get(Set.of(1))).endsWith("this is a tanh network"));
        String output = reason(ScalingAnalysis.of(Networks.of("linear", "tanh", "ntk", "4,m,1")).groupExponents()
                .get(Set.of(1)));
        assertTrue(output.contains("linear (with a tanh output) network"), output);
        assertEquals(0, ScalingAnalysis.of(Networks.of("tanh", "linear", "ntk", Networks.wide(21))).groupExponents().size());
    }

    @Test
    void aSecondMixedDerivativeIsAHessianBlockAndHigherOnesHaveNoRule() {
        // ntk tanh [4,m,m,1]: the (1,2) block is m^-1/2 (chain 1-2 and curvature at layer 1).
        Exponent pair = value(TANH.exponent(new Quantity.HessianBlock(List.of(1), List.of(2))));
        assertEquals(Exponent.of(-1, 2), pair);
        assertEquals(pair, value(TANH.exponent(new Quantity.MixedDerivative(List.of(List.of(1), List.of(2))))));
        String third = reason(TANH.exponent(new Quantity.MixedDerivative(List.of(List.of(1), List.of(2), List.of(3)))));
        assertTrue(third.contains("order 3"), third);
    }

    @Test
    void layersOutsideTheNetworkAreRejected() {
        for (Quantity q : List.of(new Quantity.PreActivationScale(0), new Quantity.PreActivationScale(4),
                new Quantity.HessianBlock(List.of(0), List.of(1)), new Quantity.HessianBlock(List.of(1), List.of(4)),
                new Quantity.MixedDerivative(List.of(List.of(1), List.of(4))))) {
            String message = assertThrows(IllegalArgumentException.class, () -> TANH.exponent(q)).getMessage();
            assertTrue(message.startsWith("no layer ") && message.endsWith(" in a network of 3 layers"), message);
        }
        // z_3 is the output pre-activation: O(1) in ntk.
        assertEquals(Exponent.of(0, 1), value(TANH.exponent(new Quantity.PreActivationScale(3))));
    }

    @Test
    void theTaylorDegreeOfASmoothWideNetworkNamesBothResiduals() {
        List<String> why = ((Outcome.Derived<Integer>) TANH.taylorDegree()).derivation();
        assertEquals(List.of("residual of order 0 ~ m^0, of order 1 ~ m^-1/2 (vanishes): Taylor degree 1"), why);
    }
}
