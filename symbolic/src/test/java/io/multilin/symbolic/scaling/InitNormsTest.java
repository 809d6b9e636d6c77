package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** Forward and backward sizes at init, and the perturbation sizes built on them, by hand. */
class InitNormsTest {

    private static final Fraction ZERO = Fraction.ZERO;
    private static final Fraction HALF = new Fraction(1, 2);

    static InitNorms norms(Architecture a) {
        return value(InitNorms.of(a, ActivationProfile.of(a.activation()), ActivationProfile.of(a.output())));
    }

    @Test
    void standardCoordinatesMoveHiddenPreActivationsByTheWidth() {
        // standard tanh [4,m,m,m,1]: the same forward pass as ntk (z_l ~ 1, ||a_l|| ~ m^1/2), but
        // alpha_l = 1, so a unit rank-one D_a (a >= 2) moves z_a, and through the O(1)-norm chain every
        // later z_l, by ||a_{a-1}|| ~ m^1/2, while D_1 moves them by ||x|| ~ 1.
        InitNorms n = norms(Networks.of("tanh", "linear", "standard", "4,m,m,m,1"));
        assertEquals(ZERO, n.z(3));
        assertEquals(HALF, n.aNorm(3));
        assertEquals(ZERO, n.chainOp(2, 4));
        assertEquals(ZERO, n.dz(1, 3));
        assertEquals(HALF, n.dz(2, 3));
        assertEquals(HALF, n.dz(3, 3));
        assertEquals(HALF, HessianTerms.coordinateChange(n, 2));
        assertEquals(HALF, HessianTerms.coordinateChange(n, 3));
        assertEquals(HALF, HessianTerms.ballChange(n, 4));
        // Backward: ||b_l|| ~ 1 and g_l delocalized over m coordinates: ||g_l||_inf ~ m^-1/2.
        assertEquals(ZERO, n.b(1));
        assertEquals(new Fraction(-1, 2), n.gInf(2));
        // ||df/dW_1|| = ||b_1|| ||x|| ~ 1, ||df/dW_l|| = ||b_l|| ||a_{l-1}|| ~ m^1/2 for l >= 2.
        assertEquals(ZERO, n.gradient(1));
        assertEquals(HALF, n.gradient(4));
    }

    @Test
    void theGradientIsTheLargestLayerGradientEvenWhenItIsTheLast() {
        // standard [4,m,1]: ||df/dW_1|| = ||W_2 diag(sigma')|| ||x|| ~ 1, ||df/dW_2|| = ||a_1|| ~ m^1/2.
        InitNorms n = norms(Networks.of("tanh", "linear", "standard", "4,m,1"));
        assertEquals(ZERO, n.gradient(1));
        assertEquals(HALF, n.gradient());
    }

    @Test
    void aChainThroughABottleneckSpreadsItsChange() {
        // ntk tanh [4,m,2,m,1]: D_1 moves z_2 (2 coordinates) by O(1); alpha_3 W_3 (m x 2, alpha_3 =
        // 2^-1/2) maps that to a vector of norm m^1/2 in the range of W_3, spread over m coordinates
        // of size 1 each.
        InitNorms n = norms(Networks.of("tanh", "linear", "ntk", "4,m,2,m,1"));
        assertEquals(HALF, n.chainOp(1, 3));
        assertEquals(HALF, n.dz(1, 3));
        assertEquals(ZERO, n.dzCoordinate(1, 3));
        assertEquals(ZERO, n.dzCoordinate(2, 3));
        assertFalse(n.fullRank(1, 3));
        assertFalse(n.fullRank(2, 3));
        assertTrue(n.fullRank(3, 3));
        assertTrue(n.fullRank(1, 2));
        // g_2 has 2 coordinates of order one; g_1, g_3 are spread over m: m^-1/2.
        assertEquals(ZERO, n.gInf(2));
        assertEquals(new Fraction(-1, 2), n.gInf(1));
        assertEquals(new Fraction(-1, 2), n.gInf(3));
        assertEquals(ZERO, n.chainOp(2, 2));
    }

    @Test
    void theInitScaleDerivationFollowsTheForwardPass() {
        // mean-field tanh [4,m,m,1]: z_1 ~ 1, ||a_1|| ~ m^1/2, z_2 = m^-1 m^1/2 = m^-1/2, tanh ~ z so
        // ||a_2|| ~ m^1/2 m^-1/2 = 1, z_3 = m^-1 * 1, f = z_3.
        Outcome<Exponent> f = ScalingAnalysis.of(Networks.of("tanh", "linear", "mean-field", "4,m,m,1"))
                .exponent(new Quantity.OutputScale());
        assertEquals(List.of("rms z_1 ~ m^0", "||a_1||_2 ~ m^1/2 (tanh(z) with z ~ m^0: order one => m^0)",
                "rms z_2 ~ m^-1/2", "||a_2||_2 ~ m^0 (tanh(z) with z ~ m^-1/2: lowest non-zero Taylor coefficient of"
                        + " order 1 (1), so ~ z^1 => m^-1/2)", "rms z_3 ~ m^-1", "|f| ~ m^-1 (linear(z) with z ~ m^-1:"
                        + " lowest non-zero Taylor coefficient of order 1 (1), so ~ z^1 => m^-1)", "RMS f(w0) => m^-1"),
                ((Outcome.Derived<Exponent>) f).derivation());
    }

    @Test
    void theOutputScaleIsThatOfTheOutputNonlinearityNotOfItsPreActivation() {
        // mean-field, tanh hidden, sigmoid output [4,m,m,1]: z_3 ~ m^-1 but sigmoid(z_3) ~ 1/2.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("tanh", "sigmoid", "mean-field", "4,m,m,1"));
        assertEquals(Exponent.of(-1, 1), value(a.exponent(new Quantity.PreActivationScale(3))));
        assertEquals(Exponent.of(0, 1), value(a.exponent(new Quantity.OutputScale())));
        // sigmoid hidden, linear output, mean-field [4,m,m,m,1]: a_l ~ 1/2 per coordinate, so
        // z_l ~ m^-1 m^1/2 for l >= 2 and f = z_4 ~ m^-1/2 (the output is not sigmoid).
        ScalingAnalysis s = ScalingAnalysis.of(Networks.of("sigmoid", "linear", "mean-field", "4,m,m,m,1"));
        assertEquals(Exponent.of(-1, 2), value(s.exponent(new Quantity.OutputScale())));
    }

    @Test
    void degenerateActivationsHaveNoInitOrGradientRule() {
        // The zero function: a_1 = 0 exactly, every later size is 0, no power of m.
        ScalingAnalysis zero = ScalingAnalysis.of(Networks.of("poly(0)", "linear", "ntk", "4,m,1"));
        String why = reason(zero.exponent(new Quantity.OutputScale()));
        assertTrue(why.contains("layer 1: poly(0) is identically 0 at init"), why);
        assertTrue(reason(zero.exponent(new Quantity.OneStepChange(1, 0.1))).contains("identically 0"));
        // A constant activation: a_1 = 1 per coordinate, f = m^-1/2 W_2 a_1 ~ 1; but sigma' = 0 stops
        // the backward pass: no Hessian, kernel or one-step rule.
        ScalingAnalysis constant = ScalingAnalysis.of(Networks.of("poly(1)", "linear", "ntk", "4,m,1"));
        assertEquals(Exponent.of(0, 1), value(constant.exponent(new Quantity.OutputScale())));
        assertTrue(reason(constant.exponent(new Quantity.OneStepChange(1, 0.1))).contains("gradient vanishes"));
        assertTrue(reason(constant.exponent(new Quantity.HessianNorm())).contains("gradient vanishes"));
    }
}
