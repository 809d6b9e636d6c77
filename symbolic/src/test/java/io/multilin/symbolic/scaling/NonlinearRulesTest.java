package io.multilin.symbolic.scaling;

import io.multilin.architecture.Exponent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.multilin.architecture.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed exponents of the rules for non-linear networks (derivations in the comments). */
class NonlinearRulesTest {

    private static final Exponent HALF_DOWN = Exponent.of(-1, 2);
    private static final Exponent ORDER_ONE = Exponent.of(0, 1);

    static <T> T value(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Derived<T> d) {
            return d.value();
        }
        return fail("expected a derived value, got " + outcome);
    }

    static String reason(Outcome<?> outcome) {
        if (outcome instanceof Outcome.Unsupported<?> u) {
            return u.reason();
        }
        return fail("expected Unsupported, got " + outcome);
    }

    private static ScalingAnalysis net(String activation, String output, String parameterization, String widths) {
        return ScalingAnalysis.of(Networks.of(activation, output, parameterization, widths));
    }

    private static Exponent block(ScalingAnalysis a, int x, int y) {
        return value(a.exponent(new Quantity.HessianBlock(List.of(x), List.of(y))));
    }

    @Test
    void wideNtkTanhIsLinearWithEveryBlockAtMinusAHalf() {
        // ntk [4,m,m,m,1]: z = O(1), ||a_l|| ~ m^1/2, ||b_l|| ~ 1, ||g_l||_inf ~ m^-1/2, every
        // gradient block O(1). Chain (a,b): ||b_b|| alpha_b ||dz_{b-1}|| = 1 * m^-1/2 * 1; curvature
        // at l: m^-1/2 * 1 * 1 * 1. So every block, diagonal ones too, is m^-1/2.
        ScalingAnalysis a = net("tanh", "linear", "ntk", "4,m,m,m,1");
        for (int x = 1; x <= 4; x++) {
            for (int y = 1; y <= 4; y++) {
                // f is affine in the last layer when the output is linear: block (4,4) is 0.
                Exponent expected = x == 4 && y == 4 ? Exponent.ZERO_FUNCTION : HALF_DOWN;
                assertEquals(expected, block(a, x, y), "block " + x + "," + y);
            }
        }
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.TaylorResidual(1))));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.TaylorResidual(0))));
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.TangentKernelChange(3))));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.OutputScale())));
        assertEquals(1, value(a.taylorDegree()));
        assertInstanceOf(Outcome.Unsupported.class, a.exponent(new Quantity.TaylorResidual(2)));
    }

    @Test
    void everySmoothActivationOfTheLinearityPaperGivesMinusAHalf() {
        for (String sigma : List.of("softplus", "sigmoid", "gelu", "poly(0, 1, 0.5)", "poly(0.2, 1, 0, 1)")) {
            ScalingAnalysis a = net(sigma, "linear", "ntk", "4,m,m,m,1");
            assertEquals(HALF_DOWN, value(a.exponent(new Quantity.HessianNorm())), sigma);
            assertEquals(HALF_DOWN, value(a.exponent(new Quantity.TangentKernelChange(2))), sigma);
            assertEquals(1, value(a.taylorDegree()), sigma);
        }
    }

    @Test
    void aNonlinearOutputKeepsTheHessianAndTheKernelMoving() {
        // Output term phi''(z_L) dz_L[D_a] dz_L[D_b]: phi'' is order one where z_L = O(1), and
        // sup |dz_L[D_a]| ~ ||grad_a|| ~ 1, so m^0; kernel: phi'' phi' ||grad z_L||^3 ~ 1.
        ScalingAnalysis a = net("tanh", "tanh", "ntk", "4,m,m,m,1");
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.TangentKernelChange(3))));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.TaylorResidual(1))));
        assertTrue(reason(a.taylorDegree()).contains("at least 2"));
        // Within the hidden layers alone the output term still reaches every pair.
        assertEquals(ORDER_ONE, block(a, 2, 3));
    }

    @Test
    void standardAndMupCoordinatesBreakTheBallAssumption() {
        // standard: alpha_2 = 1, ||b_2|| ~ 1: a rank-one D_2 moves one coordinate of g_1 by m^0
        // while its coordinates are m^-1/2 at init (and one of z_2 by m^1/2, coordinates O(1)).
        for (String p : List.of("standard", "mup")) {
            ScalingAnalysis a = net("tanh", "linear", p, "4,m,m,m,1");
            String why = reason(a.exponent(new Quantity.HessianNorm()));
            assertTrue(why.contains("more than its init size"), why);
        }
    }

    @Test
    void boundedActivationsInStandardAndMupCoordinatesAreNotLinearInTheBall() {
        // standard tanh [4,m,m,m,1]: ||a_3|| ~ m^1/2, alpha = 1, std_4 = m^-1/2. Upper: |f| <=
        // (||W_4|| + R) ||a_3|| ~ m^1/2, ||grad|| ~ ||a_3|| ~ m^1/2. Lower: a spread D_3 moves each
        // coordinate of z_3 by ||a_2|| m^-1/2 ~ 1 (its init size), and D_4 along the change of a_3
        // gives ||a_2|| ~ m^1/2. Both m^1/2, also for order 0 (f affine in W_4: ||a_3||).
        ScalingAnalysis standard = net("tanh", "linear", "standard", "4,m,m,m,1");
        assertEquals(Exponent.of(1, 2), value(standard.exponent(new Quantity.TaylorResidual(1))));
        assertEquals(Exponent.of(1, 2), value(standard.exponent(new Quantity.TaylorResidual(0))));
        assertTrue(reason(standard.taylorDegree()).contains("at least 2"));
        // mup: alpha_4 = m^-1/2 takes one half off both bounds: order one, still not linear.
        ScalingAnalysis mup = net("sigmoid", "linear", "mup", "4,m,m,m,1");
        assertEquals(ORDER_ONE, value(mup.exponent(new Quantity.TaylorResidual(1))));
        // softplus is unbounded: no upper bound, so no rule (and the (A) reason is kept).
        String softplus = reason(net("softplus", "linear", "standard", "4,m,m,1").exponent(new Quantity.TaylorResidual(1)));
        assertTrue(softplus.contains("assumption (A) fails") && softplus.contains("not bounded"), softplus);
        // A fixed-width last hidden layer: a spread D_2 moves each of its 3 coordinates by m^1/2.
        String bottleneck = reason(net("tanh", "linear", "standard", "4,m,3,1").exponent(new Quantity.TaylorResidual(1)));
        assertTrue(bottleneck.contains("more than its init size"), bottleneck);
        // A tanh output is not affine in W_L: no rule.
        String curved = reason(net("tanh", "tanh", "standard", "4,m,m,1").exponent(new Quantity.TaylorResidual(1)));
        assertTrue(curved.contains("linear output"), curved);
    }

    @Test
    void reluHasNoCurvatureRuleButHasInitScales() {
        ScalingAnalysis a = net("relu", "linear", "ntk", "4,m,m,1");
        assertTrue(reason(a.exponent(new Quantity.HessianNorm())).contains("not smooth"));
        assertTrue(reason(a.exponent(new Quantity.TangentKernelChange(2))).contains("not smooth"));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.OutputScale())));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.PreActivationScale(2))));
        // Mean-field relu: z_l ~ m^-(l-1)/2 as for tanh (homogeneous).
        ScalingAnalysis mf = net("relu", "linear", "mean-field", "4,m,m,m,1");
        assertEquals(Exponent.of(-1, 1), value(mf.exponent(new Quantity.PreActivationScale(3))));
    }

    @Test
    void meanFieldTanhShrinksByHalfAPowerPerLayer() {
        // z_1 ~ 1; z_l ~ m^-1 * m^1/2 * rms a_{l-1} = m^-1/2 z_{l-1} (tanh ~ z near 0).
        for (int depth = 3; depth <= 6; depth++) {
            ScalingAnalysis a = net("tanh", "linear", "mean-field", Networks.wide(depth));
            for (int l = 1; l <= depth; l++) {
                assertEquals(Exponent.of(-(l - 1), 2), value(a.exponent(new Quantity.PreActivationScale(l))),
                        "depth " + depth + " layer " + l);
            }
            assertEquals(Exponent.of(-(depth - 1), 2), value(a.exponent(new Quantity.OutputScale())), "depth " + depth);
        }
    }

    @Test
    void meanFieldTanhIsFlatOverTheBall() {
        // [4,m,m,1]: ||a_1|| ~ m^1/2, ||a_2|| ~ 1, ||b_1|| ~ m^-1, ||b_2|| ~ m^-1/2, every gradient
        // block m^-1. Chain (1,2): ||b_2|| alpha_2 ||x|| = m^-1/2 m^-1 = m^-3/2, and (2,3), (1,3)
        // the same; curvature at 1: ||g_1||_inf ~ m^-3/2; at 2: m^-1 * tanh''(m^-1/2) ~ m^-1/2 *
        // (m^-1/2)^2 = m^-5/2. Kernel: grad H = m^-5/2 (2 e(H) = m^-3 is smaller).
        ScalingAnalysis a = net("tanh", "linear", "mean-field", "4,m,m,1");
        assertEquals(Exponent.of(-3, 2), value(a.exponent(new Quantity.HessianNorm())));
        assertEquals(Exponent.of(-3, 2), block(a, 1, 1));
        assertEquals(Exponent.of(-5, 2), value(a.exponent(new Quantity.TangentKernelChange(2))));
        assertEquals(Exponent.of(-1, 1), value(a.exponent(new Quantity.TaylorResidual(0))));
        assertEquals(0, value(a.taylorDegree()));
    }

    @Test
    void sigmaAtZeroNonZeroStopsTheShrinking() {
        // sigmoid(0) = 1/2: rms a_l ~ 1 whatever z_l, so z_l ~ m^-1 m^1/2 = m^-1/2 for l >= 2.
        for (String sigma : List.of("sigmoid", "softplus")) {
            ScalingAnalysis a = net(sigma, "linear", "mean-field", Networks.wide(5));
            assertEquals(ORDER_ONE, value(a.exponent(new Quantity.PreActivationScale(1))));
            for (int l = 2; l <= 5; l++) {
                assertEquals(HALF_DOWN, value(a.exponent(new Quantity.PreActivationScale(l))), sigma + " layer " + l);
            }
        }
    }

    @Test
    void mupOutputIsMinusAHalfAndHiddenLayersOrderOne() {
        // muP: z_1 ~ m^1/2 m^-1/2 = 1, z_l ~ 1 * m^-1/2 * m^1/2 = 1, f ~ m^-1/2 m^-1/2 m^1/2 = m^-1/2.
        ScalingAnalysis a = net("tanh", "linear", "mup", "4,m,m,m,1");
        assertEquals(HALF_DOWN, value(a.exponent(new Quantity.OutputScale())));
        assertEquals(ORDER_ONE, value(a.exponent(new Quantity.PreActivationScale(3))));
        ScalingAnalysis linear = ScalingAnalysis.of(Networks.linear("mup", "4,m,m,m,1"));
        assertEquals(HALF_DOWN, value(linear.exponent(new Quantity.OutputScale())));
    }

    @Test
    void polynomialActivationGrowsWithItsDegree() {
        // abc with b_1 = -1/2: z_1 ~ m^1/2; poly of degree 2: rms a_1 ~ m^1, z_2 ~ m^-1/2 m^1/2 m^1 = m.
        ScalingAnalysis a = ScalingAnalysis.of(new io.multilin.architecture.Architecture(
                Networks.linear("ntk", "4,m,m,1").widths(), io.multilin.architecture.Activation.parse("poly(0,1,1)"),
                new io.multilin.architecture.Parameterization.Abc(
                        List.of(fr(0), fr(1, 2), fr(1, 2)), List.of(fr(-1, 2), fr(0), fr(0)), java.util.Optional.empty())));
        assertEquals(Exponent.of(1, 2), value(a.exponent(new Quantity.PreActivationScale(1))));
        assertEquals(Exponent.of(1, 1), value(a.exponent(new Quantity.PreActivationScale(2))));
        // The same with tanh saturates: rms a_1 ~ 1, z_2 ~ 1, but tanh' decays: no backward rule.
        ScalingAnalysis t = ScalingAnalysis.of(new io.multilin.architecture.Architecture(
                Networks.linear("ntk", "4,m,m,1").widths(), new io.multilin.architecture.Activation.Tanh(),
                new io.multilin.architecture.Parameterization.Abc(
                        List.of(fr(0), fr(1, 2), fr(1, 2)), List.of(fr(-1, 2), fr(0), fr(0)), java.util.Optional.empty())));
        assertEquals(ORDER_ONE, value(t.exponent(new Quantity.PreActivationScale(2))));
        assertTrue(reason(t.exponent(new Quantity.HessianNorm())).contains("decays exponentially"));
        assertTrue(reason(t.exponent(new Quantity.OneStepChange(1, 0.1))).contains("learning-rate")
                || reason(t.exponent(new Quantity.OneStepChange(1, 0.1))).contains("decays"));
    }

    @Test
    void twoChainsThroughABottleneckGiveOnlyAnUpperBound() {
        // ntk [4,m,2,m,1]: dz_3[D_1] passes the width-2 layer: ||dz_3[D_1]|| ~ m^1/2 spread over m
        // coordinates, so ||g_3||_inf ||dz_3[D_1]||^2 ~ m^-1/2 m^1 = m^1/2 is not attained.
        ScalingAnalysis a = net("tanh", "linear", "ntk", "4,m,2,m,1");
        assertTrue(reason(a.exponent(new Quantity.HessianNorm())).contains("only an upper bound"));
        // Pair (1,3): dz_3[D_3] = alpha_3 D_3 a_2 can be put on any coordinate, so the curvature
        // term at 3 is attained: m^-1/2 * 1 * m^1/2 * ||dz_3[D_3]|| (alpha_3 ||a_2|| ~ 1) = m^0;
        // chain (1,3): ||b_3|| alpha_3 ||dz_2[D_1]|| = 1 * 1 * 1.
        assertEquals(ORDER_ONE, block(a, 1, 3));
        assertEquals(ORDER_ONE, block(a, 3, 1));
    }

    @Test
    void abcWithNtkExponentsAgreesWithNtkForTanh() {
        io.multilin.architecture.Parameterization abc = new io.multilin.architecture.Parameterization.Abc(
                List.of(fr(0), fr(1, 2), fr(1, 2), fr(1, 2)), List.of(fr(0), fr(0), fr(0), fr(0)),
                java.util.Optional.of(List.of(fr(0), fr(0), fr(0), fr(0))));
        ScalingAnalysis viaAbc = ScalingAnalysis.of(new io.multilin.architecture.Architecture(
                Networks.linear("ntk", "4,m,m,m,1").widths(), new io.multilin.architecture.Activation.Tanh(), abc));
        ScalingAnalysis viaNtk = net("tanh", "linear", "ntk", "4,m,m,m,1");
        for (Quantity q : List.of(new Quantity.HessianNorm(), new Quantity.TangentKernelChange(2),
                new Quantity.OutputScale(), new Quantity.OneStepChange(1, 0.1), new Quantity.TaylorResidual(0))) {
            assertEquals(value(viaNtk.exponent(q)), value(viaAbc.exponent(q)), q.label());
        }
    }

    @Test
    void aDeepLinearNetworkBeyondTheGroupTableStillHasInitScales() {
        ScalingAnalysis a = ScalingAnalysis.of(Networks.linear("mean-field", Networks.wide(22)));
        assertEquals(Exponent.of(-21, 2), value(a.exponent(new Quantity.OutputScale())));
        assertInstanceOf(Outcome.Unsupported.class, a.taylorDegree());
    }

    private static org.apache.commons.math3.fraction.Fraction fr(int n) {
        return new org.apache.commons.math3.fraction.Fraction(n);
    }

    private static org.apache.commons.math3.fraction.Fraction fr(int n, int d) {
        return new org.apache.commons.math3.fraction.Fraction(n, d);
    }
}
