package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A block's own second derivative, one-layer blocks included (docs/VERDICTS.md: a one-layer
 * block is affine only when the network is linear in that layer). Notation of the hand
 * derivations: ntk [d, m, m, 1] has alpha_1 = d^-1/2, alpha_2 = alpha_3 = m^-1/2, z_1, z_2 = O(1)
 * per coordinate, ||a_1|| ~ m^1/2, b_3 = 1, g_2 = alpha_3 W_3^T (coordinates m^-1/2),
 * ||b_2|| ~ 1, g_1 = alpha_2 W_2^T b_2 (coordinates m^-1/2).
 */
class OneLayerBlockTest {

    private static final Exponent HALF_DOWN = Exponent.of(-1, 2);
    private static final Exponent ORDER_ONE = Exponent.of(0, 1);

    private static Outcome<Exponent> own(ScalingAnalysis a, int layer) {
        return a.exponent(new Quantity.HessianBlock(List.of(layer), List.of(layer)));
    }

    private static List<String> derivation(Outcome<Exponent> o) {
        return ((Outcome.Derived<Exponent>) o).derivation();
    }

    @Test
    void aLinearNetworkIsAffineInEachLayerEvenAcrossBottlenecks() {
        // f = u^T W_4 W_3 W_2 W_1 x (times multipliers) has degree 1 in each W_l: d^2 f / dW_l^2 = 0
        // exactly, at every width, whatever the widths and the parameterization.
        for (String p : List.of("ntk", "standard", "mup", "mean-field")) {
            ScalingAnalysis a = ScalingAnalysis.of(Networks.linear(p, "4,m,2,m,1"));
            for (int l = 1; l <= 4; l++) {
                Outcome<Exponent> block = own(a, l);
                assertEquals(Exponent.ZERO_FUNCTION, value(block), p + " layer " + l);
                assertTrue(derivation(block).get(0).contains("affine in each single layer"), derivation(block).toString());
            }
        }
    }

    @Test
    void aPolynomialActivationOfDegreeOneIsStillAffineInEachLayer() {
        // poly(0, 1) is the identity written as a polynomial: sigma'' = 0, so no curvature term, and the
        // one-layer blocks are identically 0 while the pair (1,2) keeps its chain term
        // ||b_2|| alpha_2 |sigma'| ||dz_1[D_1]|| = 1 * m^-1/2 * 1 * 1.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("poly(0, 1)", "linear", "ntk", "4,m,m,1"));
        for (int l = 1; l <= 3; l++) {
            assertEquals(Exponent.ZERO_FUNCTION, value(own(a, l)), "layer " + l);
        }
        Outcome<Exponent> pair = a.exponent(new Quantity.HessianBlock(List.of(1, 2), List.of(1, 2)));
        assertEquals(HALF_DOWN, value(pair));
        assertTrue(derivation(pair).contains("Hessian block [1, 2]x[1, 2] = largest term: chain 1-2: ||b_2|| alpha_2"
                + " |sigma'| sup||dz_1[D_1]|| => m^-1/2"), derivation(pair).toString());
    }

    @Test
    void anAffineOutputMakesTheLastLayersOwnBlockZeroWhereNoOtherRuleApplies() {
        // f = phi(alpha_L W_L a_{L-1}) with phi affine is affine in W_L: its own block is 0 exactly, also
        // for relu (no Hessian rule) and in standard and mup coordinates (assumption (A) fails).
        for (String[] net : new String[][] {{"relu", "linear", "ntk"}, {"tanh", "linear", "standard"},
                {"sigmoid", "poly(1, 2)", "mup"}}) {
            ScalingAnalysis a = ScalingAnalysis.of(Networks.of(net[0], net[1], net[2], "4,m,m,m,1"));
            Outcome<Exponent> last = own(a, 4);
            assertEquals(Exponent.ZERO_FUNCTION, value(last), String.join(" ", net));
            assertTrue(derivation(last).get(0).contains("is affine in W_4"), derivation(last).toString());
            assertEquals(Exponent.ZERO_FUNCTION, value(a.exponent(new Quantity.MixedDerivative(List.of(List.of(4), List.of(4))))));
            // Any other layer in the block brings back the Hessian rules, which have no answer here.
            assertTrue(a.exponent(new Quantity.HessianBlock(List.of(4), List.of(3, 4))) instanceof Outcome.Unsupported<?>);
            assertTrue(a.exponent(new Quantity.HessianBlock(List.of(3, 4), List.of(4))) instanceof Outcome.Unsupported<?>);
            assertTrue(own(a, 3) instanceof Outcome.Unsupported<?>, String.join(" ", net));
        }
        // A curved output is not affine in W_L: tanh(z_2) with z_2 = O(1) and |dz_2[D_2]| = alpha_2 ||a_1|| ~ 1.
        assertEquals(ORDER_ONE, value(own(ScalingAnalysis.of(Networks.of("tanh", "tanh", "ntk", "4,m,1")), 2)));
    }

    @Test
    void smoothHiddenLayersAreCurvedAtMinusAHalfAndTheLinearOutputLayerIsNot() {
        // Layer 2: d^2 f[D_2, D_2] = alpha_3 sum_j (W_3)_j sigma''(z_2j) (alpha_2 D_2 a_1)_j^2. A rank-one
        // D_2 = e_j a_1^T/||a_1|| puts alpha_2 ||a_1|| ~ 1 on the coordinate j where |(W_3)_j sigma''| is
        // largest: m^-1/2 * 1 * 1^2 = m^-1/2. Layer 1: the curvature at layer 1, ||g_1||_inf |sigma''|
        // ||dz_1[D_1]||^2 = m^-1/2 * 1 * 1 (dz_1 = alpha_1 D_1 x steered onto one coordinate), and at
        // layer 2, ||g_2||_inf |sigma''| ||dz_2[D_1]||^2 with dz_2 = alpha_2 W_2 sigma'(z_1) dz_1 of
        // norm ~ 1 through a full-rank m x m chain: m^-1/2 too. Layer 3: f = alpha_3 (W_3 + D_3) a_2 is
        // affine in W_3, identically 0. Same for every activation with sigma''(0) or sigma'''(0) != 0
        // at O(1) pre-activations (tanh'' = -2 tanh sech^2, sigmoid'' = s(1-s)(1-2s), softplus'' = s(1-s)).
        for (String sigma : List.of("tanh", "sigmoid", "softplus")) {
            ScalingAnalysis a = ScalingAnalysis.of(Networks.of(sigma, "linear", "ntk", "4,m,m,1"));
            assertEquals(HALF_DOWN, value(own(a, 1)), sigma + " layer 1");
            assertEquals(HALF_DOWN, value(own(a, 2)), sigma + " layer 2");
            assertTrue(derivation(own(a, 2)).stream().anyMatch(s -> s.contains("curvature at layer 2")), sigma);
            assertEquals(Exponent.ZERO_FUNCTION, value(own(a, 3)), sigma + " layer 3");
        }
    }

    @Test
    void meanFieldOneLayerBlocksShrinkWithDepth() {
        // mean-field tanh [4,m,m,m,1]: z_l ~ m^-(l-1)/2, ||g_1||_inf ~ m^-2, ||g_2||_inf ~ m^-3/2,
        // ||g_3||_inf ~ m^-1, tanh''(z) ~ -2z. Layer 1: ||g_1||_inf * 1 * ||alpha_1 D_1 x||^2 = m^-2
        // (the curvature at 2 and 3 adds m^-3 and m^-4). Layer 2: ||g_2||_inf * tanh''(z_2) (m^-1/2)
        // * (alpha_2 ||a_1|| = m^-1/2)^2 = m^-3. Layer 3: m^-1 * m^-1 * (alpha_3 ||a_2|| = m^-1)^2 = m^-4.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("tanh", "linear", "mean-field", "4,m,m,m,1"));
        assertEquals(Exponent.of(-2, 1), value(own(a, 1)));
        assertEquals(Exponent.of(-3, 1), value(own(a, 2)));
        assertEquals(Exponent.of(-4, 1), value(own(a, 3)));
        assertEquals(Exponent.ZERO_FUNCTION, value(own(a, 4)));
    }

    @Test
    void aLayerFeedingASmoothBottleneckIsCurvedAtOrderOne() {
        // tanh ntk [4,m,2,1]: g_2 = alpha_3 W_3^T has 2 coordinates of order one, and dz_2[D_a] (a = 1, 2)
        // has norm ~ 1 in the 2-dimensional z_2 (alpha_2 ||a_1|| = 1 for a = 2; alpha_2 ||W_2||op ~ 1
        // for a = 1): the curvature at layer 2 is 1 * 1 * 1 * 1, so f is not affine in W_1 nor in W_2,
        // even as m grows. W_3 is still a linear output layer.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("tanh", "linear", "ntk", "4,m,2,1"));
        assertEquals(ORDER_ONE, value(own(a, 1)));
        assertEquals(ORDER_ONE, value(own(a, 2)));
        assertEquals(Exponent.ZERO_FUNCTION, value(own(a, 3)));
    }

    @Test
    void aWideLayerAfterABottleneckHasOnlyABoundForTheLayersBeforeIt() {
        // tanh ntk [4,m,2,m,1]. Layer 3 (after the bottleneck): as layer 2 of [d,m,m,1], m^-1/2; layer 4
        // affine. Layer 1: dz_3[D_1] passes the width-2 layer, norm m^1/2 spread over m coordinates of
        // size 1; ||g_3||_inf |tanh''| ||dz_3||^2 = m^-1/2 * m = m^1/2 is an upper bound the rule cannot
        // attain (a random-sign sum of m terms m^-1/2 * 1 is of order 1, but that is not derived), so no rule.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("tanh", "linear", "ntk", "4,m,2,m,1"));
        assertEquals(HALF_DOWN, value(own(a, 3)));
        assertEquals(Exponent.ZERO_FUNCTION, value(own(a, 4)));
        for (int l = 1; l <= 2; l++) {
            String why = reason(own(a, l));
            assertTrue(why.contains("only an upper bound") && why.contains("m^1/2"), why);
        }
        assertTrue(reason(a.exponent(new Quantity.HessianBlock(List.of(1, 2), List.of(1, 2)))).contains("upper bound"));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianBlock(List.of(3, 4), List.of(3, 4)))));
    }

    @Test
    void aNonlinearOutputCurvesEveryLayerIncludingTheLast() {
        // linear hidden, tanh output, ntk [4,m,m,1]: f = tanh(z_3), d^2 f[D_a, D_a] contains
        // tanh''(z_3) dz_3[D_a]^2 with z_3 = O(1) and |dz_3[D_a]| ~ ||df/dW_a|| ~ 1: m^0 for every layer.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("linear", "tanh", "ntk", "4,m,m,1"));
        for (int l = 1; l <= 3; l++) {
            assertEquals(ORDER_ONE, value(own(a, l)), "layer " + l);
        }
        String why = reason(a.multilinearStructure());
        assertTrue(why.contains("tanh output"), why);
    }

    @Test
    void withinSegmentBlocksOfASmoothNetwork() {
        // tanh ntk [8,m,m,2,m,m,1], second segment {4,5,6}: every pair and every hidden layer is m^-1/2 as
        // in the wide network (chain (4,5): ||b_5|| alpha_5 ||dz_4[D_4]|| = 1 * m^-1/2 * 1), so the
        // segment's own block is m^-1/2. First segment {1,2,3}: its chains reach z_4 through the width-2
        // layer, so only the bound m^1/2 (no rule).
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("tanh", "linear", "ntk", "8,m,m,2,m,m,1"));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianBlock(List.of(4, 5, 6), List.of(4, 5, 6)))));
        assertTrue(reason(a.exponent(new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3))))
                .contains("upper bound"));
        assertTrue(reason(own(a, 3)).contains("upper bound"));
    }
}
