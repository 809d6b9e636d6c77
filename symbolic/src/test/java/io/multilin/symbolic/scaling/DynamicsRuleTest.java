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
import io.multilin.architecture.training.OptimizerChoice;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** Feature and output changes over the first steps: exponents by hand from a, b, c, and where the rule stops. */
class DynamicsRuleTest {

    private static Quantity feature(int layer, int step) {
        return new Quantity.FeatureChange(layer, step, 1, 0.1);
    }

    private static ScalingAnalysis net(String activation, String parameterization, int depth) {
        return ScalingAnalysis.of(Networks.of(activation, "linear", parameterization, Networks.wide(depth)));
    }

    /** Standard coordinates (alpha 1, entries N(0, 1/fan-in)) with one rate eta for every layer: c = 0. */
    private static ScalingAnalysis standardFixedRate(int depth) {
        List<Fraction> zeros = java.util.Collections.nCopies(depth, Fraction.ZERO);
        List<Fraction> b = new java.util.ArrayList<>(java.util.Collections.nCopies(depth, new Fraction(1, 2)));
        b.set(0, Fraction.ZERO);
        Architecture a = new Architecture(Arrays.stream(Networks.wide(depth).split(",")).map(Width::parse).toList(),
                new Activation.Tanh(), Activation.LINEAR, new Parameterization.Abc(zeros, b, Optional.of(zeros)));
        return ScalingAnalysis.of(a);
    }

    @Test
    void mupMovesEveryLayerByOrderOneAtEveryStep() {
        // Hidden layer l: own move eta |f - y| ||a_{l-1}||^2 (df/dz_l) = m^0 * m^1 * m^-1 per
        // coordinate; layer 1: alpha_1^2 ||x||^2 (df/dz_1) = m * 1 * m^-1. The projection on
        // df/dz_l, sum_{k <= l} m^-c_k ||df/dW_k||^2 / ||df/dz_l|| / sqrt(m) = m^0 / m^-1/2 / m^1/2,
        // meets the upper bound; (D) holds, so steps 2..5 keep m^0.
        for (int depth = 3; depth <= 6; depth++) {
            ScalingAnalysis mup = net("tanh", "mup", depth);
            for (int l = 1; l <= depth; l++) {
                for (int t = 1; t <= 5; t++) {
                    assertEquals(Exponent.of(0, 1), value(mup.exponent(feature(l, t))), "depth " + depth + " layer " + l
                            + " step " + t);
                }
            }
            assertEquals(Exponent.of(0, 1), value(mup.exponent(new Quantity.OutputChange(5, 1, 0.1))));
        }
    }

    @Test
    void ntkMovesHiddenLayersLikeMToTheMinusHalfAndTheOutputByOrderOne() {
        // alpha = m^-1/2 on hidden layers: the own move is m^-1 ||a||^2 (df/dz) = m^-1 * m * m^-1/2.
        for (int depth = 3; depth <= 6; depth++) {
            ScalingAnalysis ntk = net("tanh", "ntk", depth);
            for (int t : new int[] {1, 3, 5}) {
                for (int l = 1; l < depth; l++) {
                    assertEquals(Exponent.of(-1, 2), value(ntk.exponent(feature(l, t))), "layer " + l + " step " + t);
                }
                assertEquals(Exponent.of(0, 1), value(ntk.exponent(feature(depth, t))));
                assertEquals(Exponent.of(0, 1), value(ntk.exponent(new Quantity.OutputChange(t, 1, 0.1))));
            }
        }
    }

    @Test
    void standardCoordinatesWithAFixedRateBlowUpAtTheSecondLayer() {
        // Layer 2's own move: eta |f - y| ||a_1||^2 (df/dz_2) = m * m^-1/2 per coordinate: grows.
        // Layer 1's input is fixed: ||x||^2 (df/dz_1) = m^-1/2. (S1) holds at layer 1, so layer 2
        // is derived; it fails at layer 2, so nothing above it is, and (D) fails for later steps.
        ScalingAnalysis sp = standardFixedRate(3);
        assertEquals(Exponent.of(-1, 2), value(sp.exponent(feature(1, 1))));
        assertEquals(Exponent.of(1, 2), value(sp.exponent(feature(2, 1))));
        String above = reason(sp.exponent(feature(3, 1)));
        assertTrue(above.contains("||a_2||") && above.contains("(S1)"), above);
        String later = reason(sp.exponent(feature(2, 2)));
        assertTrue(later.contains("step 1 derived (m^1/2)") && later.contains("(D) fails"), later);
        // the named standard parameterization has c = 1 (rate eta/m): stable, layer 2 at m^-1/2
        assertEquals(Exponent.of(-1, 2), value(net("tanh", "standard", 3).exponent(feature(2, 3))));
    }

    @Test
    void meanFieldDepthThreeIsDerivedAtStepOneOnlyAndDeepOnesAtEveryStep() {
        // L = 3: the middle layer's step (rate m^2) moves z_2 by m^0 against its size m^-1/2 and
        // moves alpha_2 W_2 by more than its operator norm: step 1 is derived, later steps are not.
        ScalingAnalysis three = net("tanh", "mean-field", 3);
        assertEquals(Exponent.of(0, 1), value(three.exponent(feature(2, 1))));
        String later = reason(three.exponent(feature(2, 3)));
        assertTrue(later.contains("(D) fails") && later.contains("alpha_2 W_2"), later);
        // L = 4: z_2 ~ m^-1/2 at init, its own move m^2 * m^-2 * m * m^-1 / m^1/2 = m^-1/2 per
        // coordinate; every move at most its size, so (D) holds and the exponents stay.
        ScalingAnalysis four = net("tanh", "mean-field", 4);
        List<Exponent> expected = List.of(Exponent.of(-1, 1), Exponent.of(-1, 2), Exponent.of(-1, 1), Exponent.of(-1, 1));
        for (int t : new int[] {1, 4}) {
            for (int l = 1; l <= 4; l++) {
                assertEquals(expected.get(l - 1), value(four.exponent(feature(l, t))), "layer " + l + " step " + t);
            }
        }
        assertEquals(Exponent.of(-1, 1), value(four.exponent(new Quantity.OutputChange(4, 1, 0.1))));
    }

    @Test
    void boundsThatDoNotMeetGiveNoRule() {
        // A bottleneck of width 2 before two wide layers: the move of z_2 is bounded above by the
        // operator norm through the bottleneck (m^-1/2) and below by its projection (m^-1).
        ScalingAnalysis narrow = ScalingAnalysis.of(Networks.of("tanh", "linear", "mup", "4,2,m,m,1"));
        assertEquals(Exponent.of(0, 1), value(narrow.exponent(feature(1, 1))));
        String why = reason(narrow.exponent(feature(2, 1)));
        assertTrue(why.contains("at most m^-1/2") && why.contains("at least m^-1") && why.contains("no rule"), why);
    }

    @Test
    void theDerivationStatesBothBoundsAndConditionD() {
        Outcome<Exponent> o = net("tanh", "mup", 4).exponent(feature(3, 2));
        String derivation = String.join("\n", ((Outcome.Derived<Exponent>) o).derivation());
        assertTrue(derivation.contains("at most") && derivation.contains("at least") && derivation.contains("(D) holds")
                && derivation.contains("(S1), (S2) hold below layer 3"), derivation);
    }

    @Test
    void anAbcNetworkWithoutRatesHasNoRule() {
        List<Fraction> zeros = List.of(Fraction.ZERO, Fraction.ZERO);
        Architecture a = new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("1")),
                new Activation.Tanh(), Activation.LINEAR, new Parameterization.Abc(zeros,
                List.of(Fraction.ZERO, new Fraction(1, 2)), Optional.empty()));
        assertTrue(reason(ScalingAnalysis.of(a).exponent(feature(1, 1))).contains("learning-rate exponent"));
    }

    /** [4, m, m, 1] tanh, muP's a and b in this tool's gauge, rates eta m^-c. */
    private static ScalingAnalysis mupWithRates(Fraction... c) {
        Fraction half = new Fraction(1, 2);
        Architecture a = new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("m"), Width.parse("1")),
                new Activation.Tanh(), Activation.LINEAR, new Parameterization.Abc(List.of(half.negate(), Fraction.ZERO,
                half), List.of(half, half, half), Optional.of(List.of(c))));
        return ScalingAnalysis.of(a);
    }

    private static Quantity adam(int layer, int step) {
        return new Quantity.FeatureChange(layer, step, 1, 0.1, OptimizerChoice.Adam.DEFAULT);
    }

    @Test
    void adamsFirstStepIsASignStepWithItsOwnRates() {
        // Adam moves every entry by its rate: layer 1 moves z_1 by m^-c_1 alpha_1 ||x||_1 = m^(1/2 - c_1)
        // per coordinate, a hidden layer by m^-c ||a_1||_1 = m^(1 - c), the output by
        // m^-c_3 alpha_3 ||a_2||_1 = m^(1/2 - c_3): muP for Adam is c = (1/2, 1, 1/2) in this gauge.
        Fraction half = new Fraction(1, 2);
        ScalingAnalysis mup = mupWithRates(half, Fraction.ONE, half);
        for (int l = 1; l <= 3; l++) {
            assertEquals(Exponent.of(0, 1), value(mup.exponent(adam(l, 1))), "layer " + l);
        }
        assertEquals(Exponent.of(0, 1), value(mup.exponent(new Quantity.OutputChange(1, 1, 0.1,
                OptimizerChoice.Adam.DEFAULT))));
        // with gradient descent's muP rates (c = 0) Adam's first step blows up layer 1 (m^1/2), and
        // beyond it the step is not linearizable: no rule for layer 2
        ScalingAnalysis sgdRates = mupWithRates(Fraction.ZERO, Fraction.ZERO, Fraction.ZERO);
        assertEquals(Exponent.of(1, 2), value(sgdRates.exponent(adam(1, 1))));
        String beyond = reason(sgdRates.exponent(adam(2, 1)));
        assertTrue(beyond.contains("||a_1||") && beyond.contains("(S1)"), beyond);
        // the same rates with gradient descent: muP, order one
        assertEquals(Exponent.of(0, 1), value(sgdRates.exponent(feature(2, 1))));
        // after the first step: no rule
        String later = reason(mup.exponent(adam(2, 2)));
        assertTrue(later.contains("no rule for Adam after its first (sign) step"), later);
    }

    private static Quantity loss(int step, double target) {
        return new Quantity.LossChange(step, target, 0.1, new OptimizerChoice.GradientDescent());
    }

    @Test
    void theLossMovesByTheOutputsMoveTimesTheResidual() {
        // muP: the output moves by m^0 against |f - y| ~ m^0 (target 1): the loss by m^0; with a
        // zero target |f - y| = |f| ~ m^-1/2 and the output moves by m^-1/2: the loss by m^-1
        assertEquals(Exponent.of(0, 1), value(net("tanh", "mup", 4).exponent(loss(3, 1))));
        assertEquals(Exponent.of(-1, 1), value(net("tanh", "mup", 3).exponent(loss(1, 0))));
        // a deep integrable network: the output moves by m^-1, the loss by m^-1 too
        assertEquals(Exponent.of(-1, 1), value(net("tanh", "mean-field", 4).exponent(loss(5, 1))));
        // where the output change has no rule, neither has the loss
        String why = reason(standardFixedRate(3).exponent(loss(1, 1)));
        assertTrue(why.contains("(S1)"), why);
    }

    @Test
    void aCurvedOutputMustKeepItsSlopeForLaterSteps() {
        // ntk with a tanh output: z_3 ~ m^0 moves by m^0, within tanh's linear range: later steps keep m^-1/2
        ScalingAnalysis ntk = ScalingAnalysis.of(Networks.of("tanh", "tanh", "ntk", "4,m,m,1"));
        assertEquals(Exponent.of(-1, 2), value(ntk.exponent(feature(1, 3))));
        // mup with a tanh output: z_3 ~ m^-1/2 moves by m^0, past its size: no rule after step 1
        ScalingAnalysis mup = ScalingAnalysis.of(Networks.of("tanh", "tanh", "mup", "4,m,m,1"));
        assertEquals(Exponent.of(0, 1), value(mup.exponent(feature(1, 1))));
        String why = reason(mup.exponent(feature(1, 3)));
        assertTrue(why.contains("(D) fails") && why.contains("z_3") && why.contains("tanh"), why);
    }
}
