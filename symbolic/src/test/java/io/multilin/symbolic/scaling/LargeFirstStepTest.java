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
 * A first step with rates m^k times the later ones on a deep integrable relu network
 * [4, m, m, m, 1], exponents by hand from the step's exact form ({@link LargeFirstStep}).
 *
 * <p>At init (integrable: alpha = 1, m^-1, m^-1, m^-1; entries N(0, 1); relu): per coordinate
 * z_1 ~ 1, z_2 ~ m^-1/2, z_3 ~ m^-1; norms ||a_1|| ~ m^1/2, ||a_2|| ~ 1, ||a_3|| ~ m^-1/2; backward
 * ||b_1|| ~ m^-3/2, ||b_2|| ~ m^-1, ||b_3|| ~ m^-1/2, b_4 = 1; ||alpha_l W_l||_op ~ m^-1/2 for
 * l >= 2; mean-field rates m^1, m^2, m^2, m^1; |f - y| ~ 1.
 */
class LargeFirstStepTest {

    private static final ScalingAnalysis RELU = ScalingAnalysis.of(
            Networks.of("relu", "linear", "integrable", Networks.wide(4)));

    private static Quantity feature(int layer, int step, Fraction k) {
        return new Quantity.FeatureChange(layer, step, gd(k));
    }

    private static Quantity output(int step, Fraction k) {
        return new Quantity.OutputChange(step, gd(k));
    }

    private static StepSetup gd(Fraction k) {
        return new StepSetup(1, 0.1, new OptimizerChoice.GradientDescent(), k, 1);
    }

    @Test
    void aFirstStepMToTheHalfLargerMovesLayersTwoAndThreeAndTheOutputByOrderOne() {
        // k = 1/2, rates m^3/2, m^5/2, m^5/2, m^3/2. In norms:
        // P_1 = m^3/2 ||x||^2 ||b_1|| = m^0 (per coordinate m^-1/2), Q_1 = 0;
        // <a_1, a_1(w1)> ~ ||a_1||^2 = m (P_1 is below ||a_1||);
        // P_2 = m^5/2 m^-2 m m^-1 = m^1/2 above Q_2 <= m^-1/2 m^0: per coordinate m^0;
        // <a_2, a_2(w1)> ~ ||a_2|| ||P_2|| = m^1/2;
        // P_3 = m^5/2 m^-2 m^1/2 m^-1/2 = m^1/2 above Q_3 <= m^-1/2 m^1/2 = m^0: per coordinate m^0;
        // <a_3, a_3(w1)> ~ m^-1/2 m^1/2 = m^0; P_4 = m^3/2 m^-2 m^0 = m^-1/2, below the bound
        // m^-1/2 m^1/2 = m^0 on Q_4, which the coherent sign of layer 3's step reaches:
        // ||P_3|| ||b_3|| / ||b_4|| = m^1/2 m^-1/2 = m^0. The output moves by order one.
        Fraction half = new Fraction(1, 2);
        assertEquals(Exponent.of(-1, 2), value(RELU.exponent(feature(1, 1, half))));
        assertEquals(Exponent.of(0, 1), value(RELU.exponent(feature(2, 1, half))));
        assertEquals(Exponent.of(0, 1), value(RELU.exponent(feature(3, 1, half))));
        assertEquals(Exponent.of(0, 1), value(RELU.exponent(feature(4, 1, half))));
        assertEquals(Exponent.of(0, 1), value(RELU.exponent(output(1, half))));
        assertEquals(Exponent.of(0, 1), value(RELU.exponent(
                new Quantity.LossChange(1, gd(half)))));
    }

    @Test
    void aQuarterPowerLargerFirstStepGivesTheHandExponents() {
        // k = 1/4: P_1 = m^-1/4 (per coordinate m^-3/4); P_2 = m^1/4 m^1 m^-1 = m^1/4 (m^-1/4);
        // <a_2, a_2(w1)> ~ m^1/4; P_3 = m^1/4 m^1/4 m^-1/2 = m^0 (m^-1/2) above Q_3 <= m^-1/4;
        // output: P_4 = m^-3/4 m^-1/2 = m^-5/4 below Q_4 <= m^-1/2 m^0, met by the coherent
        // m^0 m^-1/2: the output moves like m^-1/2.
        Fraction quarter = new Fraction(1, 4);
        assertEquals(Exponent.of(-3, 4), value(RELU.exponent(feature(1, 1, quarter))));
        assertEquals(Exponent.of(-1, 4), value(RELU.exponent(feature(2, 1, quarter))));
        assertEquals(Exponent.of(-1, 2), value(RELU.exponent(feature(3, 1, quarter))));
        assertEquals(Exponent.of(-1, 2), value(RELU.exponent(output(1, quarter))));
        // the output's move is below |f - y| ~ 1: the loss moves by it times the residual
        assertEquals(Exponent.of(-1, 2), value(RELU.exponent(
                new Quantity.LossChange(1, gd(quarter)))));
    }

    @Test
    void withoutTheLargerFirstStepTheFirstOrderRuleGivesTheStationaryExponents() {
        // k = 0: (S1), (S2) hold (layer 2 moves by m^-1/2, its own size), so the first-order rule
        // decides as before: m^-1, m^-1/2, m^-1, output m^-1; and (D) keeps them at step 3.
        for (int t : new int[] {1, 3}) {
            assertEquals(Exponent.of(-1, 1), value(RELU.exponent(feature(1, t, Fraction.ZERO))));
            assertEquals(Exponent.of(-1, 2), value(RELU.exponent(feature(2, t, Fraction.ZERO))));
            assertEquals(Exponent.of(-1, 1), value(RELU.exponent(feature(3, t, Fraction.ZERO))));
            assertEquals(Exponent.of(-1, 1), value(RELU.exponent(output(t, Fraction.ZERO))));
        }
    }

    @Test
    void laterStepsAfterALargeFirstStepHaveNoRule() {
        Fraction half = new Fraction(1, 2);
        assertTrue(reason(RELU.exponent(feature(3, 2, half))).contains("after a first step with rates m^1/2"),
                reason(RELU.exponent(feature(3, 2, half))));
        assertTrue(reason(RELU.exponent(output(2, half))).contains("after a first step"));
    }

    @Test
    void tanhSaturatesUnderALargeFirstStepAndGetsNoRule() {
        ScalingAnalysis tanh = ScalingAnalysis.of(Networks.of("tanh", "linear", "integrable", Networks.wide(4)));
        Fraction half = new Fraction(1, 2);
        String why = reason(tanh.exponent(feature(3, 1, half)));
        assertTrue(why.contains("(S1)") && why.contains("needs relu"), why);
        assertTrue(reason(tanh.exponent(output(1, half))).contains("needs relu"));
    }

    @Test
    void adamsLargeFirstStepGetsNoRule() {
        Quantity adam = new Quantity.FeatureChange(3, 1,
                new StepSetup(1, 0.1, OptimizerChoice.Adam.DEFAULT, new Fraction(3, 2), 1));
        assertTrue(reason(RELU.exponent(adam)).contains("no rule"), reason(RELU.exponent(adam)));
    }
}
