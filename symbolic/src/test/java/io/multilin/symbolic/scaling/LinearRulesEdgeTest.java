package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.HessianAssumptionTest.fr;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Group rules of linear networks at their edges: block choices, mixed derivatives, bad layers. */
class LinearRulesEdgeTest {

    private static final Exponent HALF_DOWN = Exponent.of(-1, 2);
    private static final Exponent ORDER_ONE = Exponent.of(0, 1);
    private static final String BOTTLENECK = "8,m,m,2,m,m,1";

    private static ScalingAnalysis ntk(String widths) {
        return ScalingAnalysis.of(Networks.linear("ntk", widths));
    }

    private static Outcome<Exponent> block(ScalingAnalysis a, List<Integer> rows, List<Integer> columns) {
        return a.exponent(new Quantity.HessianBlock(rows, columns));
    }

    private static Outcome<Exponent> mixed(ScalingAnalysis a, List<List<Integer>> blocks) {
        return a.exponent(new Quantity.MixedDerivative(blocks));
    }

    @Test
    void aBlockIsItsLargestPairWhereverThatPairIsListed() {
        // ntk [8,m,m,2,m,m,1]: the pair (1,4) crosses the bottleneck, group {1,4} ~ m^0; (1,2) is inside
        // the first segment, m^-1/2. The block [1]x[4,2] holds both: m^0.
        ScalingAnalysis a = ntk(BOTTLENECK);
        assertEquals(ORDER_ONE, value(block(a, List.of(1), List.of(4, 2))));
        assertEquals(ORDER_ONE, value(block(a, List.of(2, 1), List.of(4))));
        assertEquals(HALF_DOWN, value(block(a, List.of(1), List.of(2))));
    }

    @Test
    void aMixedDerivativeTakesOneDistinctLayerPerBlock() {
        // ntk [4,m,m,m,1]: a group of k layers is m^-(k-1)/2, so the second derivative across {2} and {3}
        // is the group {2,3}: m^-1/2, not the order-one single-layer groups.
        ScalingAnalysis a = ntk("4,m,m,m,1");
        assertEquals(HALF_DOWN, value(mixed(a, List.of(List.of(2), List.of(3)))));
        assertEquals(Exponent.of(-1, 1), value(mixed(a, List.of(List.of(1), List.of(2), List.of(4)))));
        // Both blocks {2}: no two different layers, and f is affine in W_2.
        assertEquals(Exponent.ZERO_FUNCTION, value(mixed(a, List.of(List.of(2), List.of(2)))));
        // Blocks {2,3} and {3}: the only distinct choice is (2,3).
        assertEquals(HALF_DOWN, value(mixed(a, List.of(List.of(2, 3), List.of(3)))));
        assertTrue(reason(mixed(a, List.of())).contains("at least one block"));
    }

    @Test
    void aSmallInitMakesTheLargerGroupTheLargerTerm() {
        // abc [4,m,m,1], alpha = (1, m^-1/2, m^-1/2), std_2 = m^-1: ||alpha_2 W_2||op ~ m^-1/2 m^-1 m^1/2 =
        // m^-1, smaller than a unit alpha_2 D_2 (m^-1/2). The (1,3) block is largest at a point of the
        // ball where D_2 != 0: group {1,2,3} = alpha_1 alpha_2 alpha_3 = m^-1, above {1,3} = m^-3/2.
        Parameterization small = new Parameterization.Abc(List.of(fr(0, 1), fr(1, 2), fr(1, 2)),
                List.of(fr(0, 1), fr(1, 1), fr(0, 1)), Optional.empty());
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear(small, "4,m,m,1"));
        assertEquals(Exponent.of(-3, 2), value(a.groupExponents().get(Set.of(1, 3))));
        assertEquals(Exponent.of(-1, 1), value(a.groupExponents().get(Set.of(1, 2, 3))));
        assertEquals(Exponent.of(-1, 1), value(block(a, List.of(1), List.of(3))));
        assertEquals(Exponent.of(-1, 2), value(block(a, List.of(1), List.of(2))));
    }

    @Test
    void aMultiplierWithItsOwnDenominatorIsKeptExactly() {
        // abc [4,1], alpha = m^-1/3: f = m^-1/3 (W + D) x moves by m^-1/3 R ||x|| over the ball.
        Parameterization third = new Parameterization.Abc(List.of(fr(1, 3)), List.of(fr(0, 1)), Optional.empty());
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear(third, "4,1"));
        assertEquals(Exponent.of(-1, 3), value(a.exponent(new Quantity.TaylorResidual(0))));
    }

    @Test
    void theGroupDerivationWalksTheChain() {
        // Group {2,4,6} of ntk [8,m,m,2,m,m,1]: u^T a6 D6 (a5 W5) a4 D4 (a3 W3) a2 D2 (a1 W1 x) with
        // ||a5 W5||op ~ m^-1/2 m^1/2, ||a3 W3||op (2 x m) ~ m^-1/2 m^1/2, ||a1 W1 x|| ~ m^1/2, alpha_2 alpha_4
        // alpha_6 = m^-1/2 * 1 * m^-1/2: m^-1/2.
        Outcome<Exponent> g = ntk(BOTTLENECK).groupExponents().get(Set.of(2, 4, 6));
        assertEquals(List.of("group {2,4,6}: ||u|| = 1, ||A[5..5]||op ~ m^0, ||A[3..3]||op ~ m^0, ||A[1..1] x|| ~ m^1/2,"
                + " multipliers m^-1/2 * m^0 * m^-1/2 => m^-1/2"), ((Outcome.Derived<Exponent>) g).derivation());
        // Group {1,4}: ||(a6 W6 a5 W5)^T u|| ~ m^-1 m, ||a3 W3 a2 W2||op through m, m, 2 ~ m^-1 (m^2)^1/2, x itself.
        Outcome<Exponent> across = ntk(BOTTLENECK).groupExponents().get(Set.of(1, 4));
        assertEquals(List.of("group {1,4}: ||A[6..5]^T u|| ~ m^0, ||A[3..2]||op ~ m^0, ||x|| = O(1), multipliers m^0 * m^0"
                + " => m^0"), ((Outcome.Derived<Exponent>) across).derivation());
    }

    @Test
    void theStructureStatesBothPiecesOfEvidence() {
        // Evidence (a): the largest Hessian block within a segment, m^-1/2; (b): the mixed derivative across.
        List<String> bottleneck = ((Outcome.Derived<MultilinearStructure>) ntk(BOTTLENECK).multilinearStructure()).derivation();
        assertTrue(bottleneck.contains("largest within-block Hessian block: m^-1/2"), bottleneck.toString());
        assertTrue(bottleneck.contains("the blocks are the segments"), bottleneck.toString());
        // mup: every group is m^0, so every pair interacts: one block per layer, not the segments.
        List<String> mup = ((Outcome.Derived<MultilinearStructure>) ScalingAnalysis.of(Networks.linear("mup", "4,m,2,m,1"))
                .multilinearStructure()).derivation();
        assertTrue(mup.contains("the blocks differ from the segments [[1, 2], [3, 4]]"), mup.toString());
        assertTrue(mup.contains("largest within-block Hessian block: identically 0"), mup.toString());
    }

    @Test
    void layersOutsideTheNetworkAreRejected() {
        ScalingAnalysis a = ntk(BOTTLENECK);
        assertEquals("no layer 0 in a network of 6 layers",
                assertThrows(IllegalArgumentException.class, () -> block(a, List.of(0), List.of(1))).getMessage());
        assertEquals("no layer 7 in a network of 6 layers",
                assertThrows(IllegalArgumentException.class, () -> block(a, List.of(1), List.of(7))).getMessage());
        assertEquals("no layer 7 in a network of 6 layers", assertThrows(IllegalArgumentException.class,
                () -> mixed(a, List.of(List.of(1), List.of(7)))).getMessage());
        assertEquals("no layer 0 in a network of 6 layers", assertThrows(IllegalArgumentException.class,
                () -> mixed(a, List.of(List.of(0), List.of(2)))).getMessage());
    }

    @Test
    void theGroupRulesAloneLeaveInitScalesKernelAndStepOpen() {
        // ScalingAnalysis sends these to the general rules; the group rules by themselves have none.
        LinearNetworkRules rules = new LinearNetworkRules(Networks.linear("ntk", "4,m,1"));
        assertEquals("no rule yet for init scales", reason(rules.exponent(new Quantity.OutputScale())));
        assertEquals("no rule yet for init scales", reason(rules.exponent(new Quantity.PreActivationScale(1))));
        assertEquals("no rule yet for the tangent kernel change", reason(rules.exponent(new Quantity.TangentKernelChange(2))));
        assertEquals("no rule yet for the one-step change", reason(rules.exponent(new Quantity.OneStepChange(1, 0.1))));
    }

    @Test
    void twentyLayersAreTheMostTheGroupTableEnumerates() {
        // A wide linear ntk network of 20 layers: every group of k layers is m^-(k-1)/2, Taylor degree 1.
        ScalingAnalysis twenty = ScalingAnalysis.of(Networks.linear("ntk", Networks.wide(20)));
        assertEquals(1, value(twenty.taylorDegree()));
        Architecture deeper = Networks.linear("ntk", Networks.wide(21));
        assertTrue(reason(ScalingAnalysis.of(deeper).taylorDegree()).contains("at most 20"));
        assertThrows(IllegalArgumentException.class,
                () -> new GroupTable(new ChainSupremum(LayerExponents.of(deeper)), deeper.depth()));
        assertEquals(deeper, ScalingAnalysis.of(deeper).architecture());
    }

    @Test
    void theNoRuleFamilyAnswersEverythingWithItsReason() {
        NoRule none = new NoRule(3, "why not");
        assertEquals(7, none.groupExponents().size());
        none.groupExponents().values().forEach(o -> assertEquals("why not", reason(o)));
        assertEquals(Set.of(1, 2, 3), none.groupExponents().keySet().stream().reduce((x, y) -> y).orElseThrow());
        assertEquals("why not", reason(none.exponent(new Quantity.HessianNorm())));
        assertEquals("why not", reason(none.taylorDegree()));
        assertEquals("why not", reason(none.multilinearStructure()));
        assertEquals(0, new NoRule(21, "too deep").groupExponents().size());
    }
}
