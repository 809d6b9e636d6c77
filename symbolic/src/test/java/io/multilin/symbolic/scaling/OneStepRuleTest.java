package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import org.junit.jupiter.api.Test;

/** One gradient step: first-order exponents by hand, and where the validity conditions stop the rule. */
class OneStepRuleTest {

    private static final Quantity STEP = new Quantity.OneStepChange(1, 0.1);

    private static ScalingAnalysis net(String activation, String parameterization, int depth) {
        return ScalingAnalysis.of(Networks.of(activation, "linear", parameterization, Networks.wide(depth)));
    }

    @Test
    void meanFieldTanhBecomesStationaryFromFourWeightMatrices() {
        // Every gradient block ~ m^-(L-1)/2 (forward m^-(l-1)/2 times backward), rates m^1 and m^2,
        // f -> 0 so |f - y| ~ 1: first order m^(2 - (L-1)) = m^(3-L) once a middle layer exists.
        assertEquals(Exponent.of(0, 1), value(net("tanh", "mean-field", 2).exponent(STEP)));
        assertEquals(Exponent.of(-1, 1), value(net("tanh", "mean-field", 4).exponent(STEP)));
        assertEquals(Exponent.of(-2, 1), value(net("tanh", "mean-field", 5).exponent(STEP)));
        assertEquals(Exponent.of(-3, 1), value(net("tanh", "mean-field", 6).exponent(STEP)));
    }

    @Test
    void threeLayerMeanFieldLearnsThroughACoherentMoveOfItsLastHiddenLayer() {
        // L = 3: the middle layer's step (rate m^2) moves each coordinate of z_2 by m^0 (its size
        // is m^-1/2), so ||a_2|| moves by m^1/2 against a size m^0 and (S1) fails; the output's
        // share m^-1 sum_i (W_3)_i (tanh(z_i + Delta_i) - tanh z_i), Delta_i ~ (W_3)_i, has m terms
        // of one sign and order one each: m^0, the first order. W_3's step on the moved a_2 adds
        // m^1 * m^-2 * m^0 * m^1/2 = m^-1/2.
        Outcome<Exponent> step = net("tanh", "mean-field", 3).exponent(STEP);
        assertEquals(Exponent.of(0, 1), value(step));
        String derivation = String.join("\n", ((Outcome.Derived<Exponent>) step).derivation());
        assertTrue(derivation.contains("one sign") && derivation.contains("adds m^-1/2"), derivation);
        // sigmoid(0) = 1/2: a_2 is order one per coordinate, the step does not outgrow it, (S1) holds.
        Outcome<Exponent> sigmoid = net("sigmoid", "mean-field", 3).exponent(STEP);
        assertEquals(Exponent.of(0, 1), value(sigmoid));
        assertTrue(((Outcome.Derived<Exponent>) sigmoid).derivation().stream().noneMatch(s -> s.contains("one sign")));
        // relu crosses its kink (z_2 ~ m^-1/2 against a move m^0) but is non-decreasing: the terms
        // still share a sign, and the units moved up carry half of the linearization: m^0.
        Outcome<Exponent> relu = net("relu", "mean-field", 3).exponent(STEP);
        assertEquals(Exponent.of(0, 1), value(relu));
        String reluWhy = String.join("\n", ((Outcome.Derived<Exponent>) relu).derivation());
        assertTrue(reluWhy.contains("non-decreasing relu") && reluWhy.contains("adds m^-1/2"), reluWhy);
        // gelu is not monotone: the terms need not share a sign, so no rule.
        String why = reason(net("gelu", "mean-field", 3).exponent(STEP));
        assertTrue(why.contains("a_2") && why.contains("(S1)"), why);
    }

    @Test
    void meanFieldGradientsAllHaveTheSameSize() {
        InitNorms n = ((Outcome.Derived<InitNorms>) InitNorms.of(Networks.of("tanh", "linear", "mean-field",
                Networks.wide(5)), io.multilin.symbolic.activation.ActivationProfile.of(
                new io.multilin.architecture.Activation.Tanh()), io.multilin.symbolic.activation.ActivationProfile.of(
                io.multilin.architecture.Activation.LINEAR))).value();
        for (int l = 1; l <= 5; l++) {
            assertEquals(new org.apache.commons.math3.fraction.Fraction(-2), n.gradient(l), "layer " + l);
        }
    }

    @Test
    void ntkStandardAndMupMoveTheOutputAtOrderOne() {
        for (String p : new String[] {"ntk", "standard", "mup"}) {
            for (int depth = 2; depth <= 5; depth++) {
                assertEquals(Exponent.of(0, 1), value(net("tanh", p, depth).exponent(STEP)), p + " depth " + depth);
            }
        }
    }

    @Test
    void aZeroTargetUsesTheSizeOfTheOutput() {
        // mup: f ~ m^-1/2, so f - 0 ~ m^-1/2 and the change is m^-1/2 (every gradient block O(1)).
        assertEquals(Exponent.of(-1, 2), value(net("tanh", "mup", 3).exponent(new Quantity.OneStepChange(0, 0.1))));
    }
}
