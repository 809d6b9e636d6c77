package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        // L = 3: the middle layer's step changes ||a_2|| by m^1/2, more than its size m^0.
        String why = reason(net("tanh", "mean-field", 3).exponent(STEP));
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
