package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** Where the Hessian rules apply (assumption (A), smoothness, the output's reach) and why not. */
class HessianAssumptionTest {

    static Architecture abc(String activation, String output, String widths, List<Fraction> a, List<Fraction> b,
                            Optional<List<Fraction>> c) {
        return new Architecture(Arrays.stream(widths.split(",")).map(Width::parse).toList(), Activation.parse(activation),
                Activation.parse(output), new Parameterization.Abc(a, b, c));
    }

    static Fraction fr(int n, int d) {
        return new Fraction(n, d);
    }

    private static String hessianReason(Architecture a) {
        return reason(ScalingAnalysis.of(a).exponent(new Quantity.HessianNorm()));
    }

    @Test
    void aSingleLayerHasNoHiddenActivationToBeSmooth() {
        // [4,1] with a linear output: f = alpha W x whatever the hidden activation is called; H = 0.
        ScalingAnalysis a = ScalingAnalysis.of(Networks.of("relu", "linear", "ntk", "4,1"));
        assertEquals(Exponent.ZERO_FUNCTION, value(a.exponent(new Quantity.HessianNorm())));
        // ... so the gradient, hence the kernel, is constant.
        assertEquals(Exponent.ZERO_FUNCTION, value(a.exponent(new Quantity.TangentKernelChange(2))));
        assertEquals(Exponent.ZERO_FUNCTION, value(ScalingAnalysis.of(Networks.linear("ntk", "4,1"))
                .exponent(new Quantity.TangentKernelChange(2))));
    }

    @Test
    void aReluOutputHasNoSecondDerivative() {
        String why = hessianReason(Networks.of("tanh", "relu", "ntk", "4,m,1"));
        assertTrue(why.contains("the relu output is not twice differentiable"), why);
    }

    @Test
    void theFailingPartOfAssumptionAIsNamed() {
        // mup: alpha_1 = m^1/2, std m^-1/2: z_1 ~ 1 at init, but a unit rank-one D_1 moves one of its
        // coordinates by alpha_1 ||x|| ~ m^1/2.
        String mup = hessianReason(Networks.of("tanh", "linear", "mup", "4,m,m,m,1"));
        assertTrue(mup.contains("moves a coordinate of z_1 by up to m^1/2, more than its init size m^0"), mup);
        // standard: z_1 is fine (alpha_1 = 1, n_0 fixed), but g_1 = W_2^T b_2 has coordinates
        // m^-1/2 * ||b_2|| ~ m^-1/2 and a unit D_2 (alpha_2 = 1) moves one by ||b_2|| ~ 1.
        String standard = hessianReason(Networks.of("tanh", "linear", "standard", "4,m,m,m,1"));
        assertTrue(standard.contains("perturbing W_2 moves a coordinate of the backward vector g_1 by m^0, more than"
                + " its init size m^-1/2"), standard);
    }

    @Test
    void curvatureOnGrowingPreActivationsHasNoPowerLaw() {
        // abc with std_1 = m^1/2: z_1 ~ m^1/2, where softplus'' = s(1 - s) is exponentially small.
        Architecture hidden = abc("softplus", "linear", "4,m,m,1", List.of(fr(0, 1), fr(1, 2), fr(1, 2)),
                List.of(fr(-1, 2), fr(0, 1), fr(0, 1)), Optional.empty());
        assertTrue(hessianReason(hidden).contains("derivative 2 of softplus"), hessianReason(hidden));
        // The same on the output: a softplus output of a pre-activation ~ m^1/2.
        Architecture output = abc("linear", "softplus", "4,1", List.of(fr(0, 1)), List.of(fr(-1, 2)), Optional.empty());
        assertTrue(hessianReason(output).contains("derivative 2 of softplus"), hessianReason(output));
    }

    @Test
    void anOutputWhoseSlopeChangesOrderInTheBallHasNoRule() {
        // f = z^2, z = W x with entries of W ~ m^-1/2: z ~ m^-1/2 at init, so phi'(z) = 2z ~ m^-1/2,
        // but a unit D moves z to order one, where phi' ~ 1: the init orders do not hold in the ball.
        Architecture square = abc("linear", "poly(0, 0, 1)", "4,1", List.of(fr(0, 1)), List.of(fr(1, 2)), Optional.empty());
        String why = hessianReason(square);
        assertTrue(why.contains("reaches m^0 in the ball, where phi' no longer has its init size"), why);
    }

    @Test
    void aTanhOutputIsCurvedWhereverItsPreActivationIsOfOrderOne() {
        // ntk [4,m,1]: z_2 = O(1), so tanh''(z_2) ~ 1 somewhere in the ball even if it were 0 at w0.
        Outcome<Exponent> h = ScalingAnalysis.of(Networks.of("tanh", "tanh", "ntk", "4,m,1"))
                .exponent(new Quantity.HessianNorm());
        assertEquals(Exponent.of(0, 1), value(h));
        assertTrue(((Outcome.Derived<Exponent>) h).derivation().contains("z_L reaches m^0 in the ball: phi'' there ~ m^0"));
    }
}
