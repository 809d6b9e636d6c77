package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * Steps on a batch of inputs: the upper bound is the one input's, the lower bound is layer 1's
 * share alone (Schur's inequality with the inputs' Gram matrix), so an exponent is derived where
 * layer 1's share is as large as every other layer's, and not elsewhere.
 */
class BatchStepTest {

    private static StepSetup batch(int n) {
        return new StepSetup(1, 0.1, new OptimizerChoice.GradientDescent(), Fraction.ZERO, n);
    }

    private static ScalingAnalysis net(String activation, String parameterization, int depth) {
        return ScalingAnalysis.of(Networks.of(activation, "linear", parameterization, Networks.wide(depth)));
    }

    @Test
    void muPMovesEveryLayerByOrderOneOnABatchToo() {
        // muP: every layer's share m^-c_k ||df/dW_k||^2 is m^0, layer 1's included, so the batch's
        // lower bound meets the upper bound at every layer; (D) keeps it at step 3
        ScalingAnalysis mup = net("tanh", "mup", 4);
        for (int l = 1; l <= 4; l++) {
            for (int t : new int[] {1, 3}) {
                assertEquals(Exponent.of(0, 1), value(mup.exponent(new Quantity.FeatureChange(l, t, batch(3)))),
                        "layer " + l + " step " + t);
            }
        }
        assertEquals(Exponent.of(0, 1), value(mup.exponent(new Quantity.OutputChange(3, batch(3)))));
        assertEquals(Exponent.of(0, 1), value(mup.exponent(new Quantity.LossChange(3, batch(3)))));
    }

    @Test
    void ntkStaysLazyOnABatch() {
        // NTK: every share is m^0 as well: hidden layers m^-1/2, the output m^0
        ScalingAnalysis ntk = net("tanh", "ntk", 4);
        for (int l = 1; l <= 3; l++) {
            assertEquals(Exponent.of(-1, 2), value(ntk.exponent(new Quantity.FeatureChange(l, 5, batch(4)))));
        }
        assertEquals(Exponent.of(0, 1), value(ntk.exponent(new Quantity.OutputChange(5, batch(4)))));
    }

    @Test
    void whereLayerOnesShareIsNotTheLargestTheBatchHasNoRule() {
        // integrable (mean-field rates): layer 1's share m^1 m^-3 = m^-2 is below the middle
        // layers' m^2 m^-3 = m^-1, and a hidden layer's batch gradient could cancel over the inputs
        // without a rule for the hidden kernels: no rule, with both bounds
        ScalingAnalysis deep = net("tanh", "integrable", 4);
        String why = reason(deep.exponent(new Quantity.FeatureChange(2, 1, batch(2))));
        assertTrue(why.contains("the bounds differ"), why);
        // the same on one input is derived
        assertEquals(Exponent.of(-1, 2), value(deep.exponent(new Quantity.FeatureChange(2, 1, batch(1)))));
    }

    @Test
    void moreInputsThanTheInputWidthSpansGetNoRule() {
        // five Gaussian inputs in 4 dimensions: their Gram matrix is singular
        String why = reason(net("tanh", "mup", 3).exponent(new Quantity.FeatureChange(1, 1, batch(5))));
        assertTrue(why.contains("singular"), why);
    }

    @Test
    void adamAndCurvedOutputsOnABatchGetNoRule() {
        StepSetup adam = new StepSetup(1, 0.1, OptimizerChoice.Adam.DEFAULT, Fraction.ZERO, 2);
        String why = reason(net("tanh", "mup", 3).exponent(new Quantity.FeatureChange(1, 1, adam)));
        assertTrue(why.contains("no rule for Adam on a batch"), why);
        ScalingAnalysis curved = ScalingAnalysis.of(Networks.of("tanh", "tanh", "ntk", "4,m,m,1"));
        assertTrue(reason(curved.exponent(new Quantity.OutputChange(1, batch(2)))).contains("non-linear output"));
    }
}
