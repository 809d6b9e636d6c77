package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.symbolic.activation.ActivationProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tangent-kernel change and the Taylor residuals where their bounds meet, and where not. */
class KernelAndResidualTest {

    private static final Quantity KERNEL = new Quantity.TangentKernelChange(2);

    private static ScalingAnalysis net(String activation, String output, String parameterization, String widths) {
        return ScalingAnalysis.of(Networks.of(activation, output, parameterization, widths));
    }

    @Test
    void aSoftplusOutputMovesTheKernelThroughItsCurvature() {
        // mean-field softplus/softplus [4,m,m,1]: softplus(0) = log 2, so ||a_1||, ||a_2|| ~ m^1/2,
        // z_2, z_3 ~ m^-1/2; ||b_3|| ~ 1, ||b_2|| ~ m^-1/2, ||b_1|| ~ m^-1; gradient blocks m^-1, m^-1,
        // alpha_3 ||a_2|| = m^-1/2, so ||grad|| ~ m^-1/2. H: output term phi''(0) = 1/4 times
        // sup|dz_3[D_3]|^2 = (alpha_3 ||a_2||)^2 = m^-1. Kernel upper max(e(grad) + e(H), 2 e(H)) = -3/2;
        // lower: the output term applied to the gradient, phi'' |dz_3|^2 ||grad|| = m^-1 m^-1/2: they meet.
        ScalingAnalysis a = net("softplus", "softplus", "mean-field", "4,m,m,1");
        assertEquals(Exponent.of(-1, 1), value(a.exponent(new Quantity.HessianNorm())));
        Outcome<Exponent> k = a.exponent(KERNEL);
        assertEquals(Exponent.of(-3, 2), value(k));
        assertTrue(((Outcome.Derived<Exponent>) k).derivation().get(2).contains("output term"));
    }

    @Test
    void kernelBoundsThatDoNotMeetGiveNoRule() {
        // mean-field sigmoid [4,m^1/2,m,1]: ||grad|| ~ m^-1/2 (last layer), sup||H|| ~ m^-1 (curvature
        // at layer 1: ||g_1||_inf ~ m^-1). Upper m^-3/2. Lower pieces with a full-rank chain: (1,2) and
        // (2,3), each m^-7/4. The piece (1,3) would reach m^-3/2, but its chain z_1 -> z_2 goes from
        // m^1/2 to m coordinates (not full rank), so a generic vector need not keep its operator norm.
        String why = reason(net("sigmoid", "linear", "mean-field", "4,m^1/2,m,1").exponent(KERNEL));
        assertTrue(why.contains("between m^-7/4 and m^-3/2"), why);
    }

    @Test
    void aNetworkWithoutARuleForItsHessianHasNoResidualOfOrderOneEither() {
        // ntk tanh [4,m,2,m,1]: the Hessian is only bounded (two chains through the width-2 layer).
        ScalingAnalysis a = net("tanh", "linear", "ntk", "4,m,2,m,1");
        assertTrue(reason(a.exponent(new Quantity.TaylorResidual(1))).contains("only an upper bound"));
        assertTrue(reason(a.exponent(new Quantity.TaylorResidual(0))).contains("only an upper bound"));
        assertTrue(reason(a.exponent(KERNEL)).contains("only an upper bound"));
    }

    @Test
    void standardCoordinatesOfADepthTwoTanhNetwork() {
        // standard tanh [4,m,1]: f = (W_2 + D_2) . tanh(W_1 x), W_2 entries ~ m^-1/2. Order 0: f moves
        // along D_2 alone by R ||a_1|| ~ m^1/2, and |f| <= (||W_2|| + R) sqrt(m) ~ m^1/2: m^1/2. Order 1:
        // upper max(sup|f|, ||grad||) ~ m^1/2, lower alpha_2 |tanh'| alpha_1 ||x|| ~ 1: no rule.
        ScalingAnalysis a = net("tanh", "linear", "standard", "4,m,1");
        assertEquals(Exponent.of(1, 2), value(a.exponent(new Quantity.TaylorResidual(0))));
        String why = reason(a.exponent(new Quantity.TaylorResidual(1)));
        assertTrue(why.contains("only bounded: between m^0 and m^1/2"), why);
        assertTrue(reason(a.taylorDegree()).contains("only bounded"));
    }

    @Test
    void theBoundsOfTheResidualAreStatedStepByStep() {
        // standard tanh [4,m,m,m,1]: ||(W_4)_1|| = m^-1/2 sqrt(m) = 1, so |f| <= (1 + R) sqrt(n_3) ~ m^1/2;
        // ||grad|| ~ ||a_3|| ~ m^1/2; a spread D_3 moves each coordinate of z_3 by ||a_2|| m^-1/2 ~ 1,
        // and with D_4 along the change of a_3 gives alpha_4 |tanh'| alpha_3 ||a_2|| ~ m^1/2.
        Outcome<Exponent> r = net("tanh", "linear", "standard", "4,m,m,m,1").exponent(new Quantity.TaylorResidual(1));
        assertEquals(List.of("|f| <= alpha_L (||(W_L)_1|| + R) sqrt(n_3) sup|tanh| over the ball ~ m^1/2",
                "sup|f - T_1| <= 2 sup|f| + R ||grad f(w0)|| (m^1/2) ~ m^1/2",
                "a spread perturbation of W_3 moves each coordinate of z_3 by m^0 (<= its init size m^0), and with W_4 it"
                        + " gives sup|f - T_1| >= alpha_L |sigma'| alpha_3 ||a_2|| ~ m^1/2", "the bounds meet => m^1/2"),
                ((Outcome.Derived<Exponent>) r).derivation());
        Outcome<Exponent> r0 = net("tanh", "linear", "standard", "4,m,m,m,1").exponent(new Quantity.TaylorResidual(0));
        assertTrue(((Outcome.Derived<Exponent>) r0).derivation().contains(
                "sup|f - f(w0)| >= alpha_L R ||a_3|| (f is affine in W_L) ~ m^1/2"));
    }

    @Test
    void aFixedLastHiddenLayerHasNoLowerBoundForTheResidual() {
        // standard [4,m,3,1]: a spread D_2 moves each of the 3 coordinates of z_2 by ||a_1|| 3^-1/2 ~ m^1/2,
        // far beyond their O(1) size: tanh saturates and the lower-bound argument does not apply.
        String why = reason(net("tanh", "linear", "standard", "4,m,3,1").exponent(new Quantity.TaylorResidual(1)));
        assertTrue(why.contains("a spread perturbation of W_2 moves every coordinate of z_2 by m^1/2")
                && why.contains("no lower bound rule"), why);
    }

    @Test
    void theBoundsWithoutAssumptionACoverOrdersZeroAndOneOfNetworksWithAHiddenLayer() {
        Architecture wide = Networks.of("tanh", "linear", "standard", "4,m,1");
        ActivationProfile tanh = ActivationProfile.of(new Activation.Tanh());
        InitNorms n = InitNormsTest.norms(wide);
        assertTrue(reason(BoundedActivationResidual.exponent(n, tanh, Activation.LINEAR, 2)).contains("order 0 and 1"));
        // A single layer has no hidden activation to bound f.
        InitNorms single = InitNormsTest.norms(Networks.of("tanh", "linear", "standard", "4,1"));
        assertTrue(reason(BoundedActivationResidual.exponent(single, tanh, Activation.LINEAR, 0)).contains("bounded hidden"));
        assertEquals(Exponent.of(1, 2), value(BoundedActivationResidual.exponent(n, tanh, Activation.LINEAR, 0)));
    }
}
