package io.multilin.symbolic.scaling;

import static io.multilin.symbolic.scaling.HessianAssumptionTest.abc;
import static io.multilin.symbolic.scaling.HessianAssumptionTest.fr;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.reason;
import static io.multilin.symbolic.scaling.NonlinearRulesTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The one-step rule at the edges of its validity conditions: learning rates that make a
 * pre-activation move as much as it is (S2), a coordinate move that relu tolerates, and the
 * coherent-last-layer argument at the learning rate where W_L's own step stops being dominated.
 */
class OneStepBoundaryTest {

    private static final Quantity STEP = new Quantity.OneStepChange(1, 0.1);

    private static Outcome<Exponent> step(Architecture a) {
        return ScalingAnalysis.of(a).exponent(STEP);
    }

    private static List<Fraction> list(Fraction... f) {
        return List.of(f);
    }

    @Test
    void theMeanFieldDepthTable() {
        // OneStepRule's table: first order 3 - L from L = 3 on (rates m, m^2, ..., m), 0 at L = 2.
        int[] expected = {0, 0, -1, -2, -3};
        for (int depth = 2; depth <= 6; depth++) {
            Outcome<Exponent> s = step(Networks.of("tanh", "linear", "mean-field", Networks.wide(depth)));
            assertEquals(Exponent.of(expected[depth - 2], 1), value(s), "depth " + depth);
            String last = ((Outcome.Derived<Exponent>) s).derivation().get(((Outcome.Derived<Exponent>) s).derivation().size() - 1);
            // Only L = 3 needs the coherent last-layer argument: (S1) fails there at a_2 alone.
            assertEquals(depth == 3, last.startsWith("(S1) holds below the last hidden layer"), "depth " + depth + ": " + last);
            assertEquals(depth != 3, last.startsWith("(S1), (S2) hold"), "depth " + depth + ": " + last);
        }
    }

    @Test
    void withoutLearningRateExponentsThereIsNoStep() {
        Architecture a = abc("tanh", "linear", "4,m,1", list(fr(0, 1), fr(1, 2)), list(fr(0, 1), fr(0, 1)), Optional.empty());
        assertTrue(reason(step(a)).contains("layer 1 has no learning-rate exponent"), reason(step(a)));
    }

    @Test
    void aLinearModelMovesByItsLearningRate() {
        // f = W x (n_0 = 4 fixed): f(w1) - f(w0) = -eta m (f - y) ||x||^2 exactly with rate eta m^1.
        Architecture a = abc("linear", "linear", "4,1", list(fr(0, 1)), list(fr(0, 1)), Optional.of(list(fr(-1, 1))));
        assertEquals(Exponent.of(1, 1), value(step(a)));
    }

    @Test
    void aSaturatingOutputCannotFollowALargeStep() {
        // f = tanh(W x) with rate eta m: z moves by m^1, far beyond the O(1) range where tanh is
        // linear, so the first order m^1 is not the change (which is at most 2): no rule (S2).
        Architecture large = abc("linear", "tanh", "4,1", list(fr(0, 1)), list(fr(0, 1)), Optional.of(list(fr(-1, 1))));
        String why = reason(step(large));
        assertTrue(why.contains("changes a coordinate of z_1 by m^1, beyond m^0 where tanh is linearizable (S2)"), why);
        // With rate eta (c = 0) z moves by O(1): exactly the linearizable range, first order m^0.
        Architecture unit = abc("linear", "tanh", "4,1", list(fr(0, 1)), list(fr(0, 1)), Optional.of(list(fr(0, 1))));
        assertEquals(Exponent.of(0, 1), value(step(unit)));
    }

    @Test
    void aSquareOutputIsLinearizableOnlyOnMovesUpToItsInput() {
        // f = z^2, z = W x with entries of W ~ m^-1/2 (z ~ m^-1/2, f ~ m^-1, df/dW = 2 z x ~ m^-1/2).
        // Rate eta: z moves by Delta ~ m^-1/2 ~ z, and 2 z Delta + Delta^2 ~ m^-1, the first order.
        Architecture unit = abc("linear", "poly(0, 0, 1)", "4,1", list(fr(0, 1)), list(fr(1, 2)), Optional.of(list(fr(0, 1))));
        assertEquals(Exponent.of(-1, 1), value(step(unit)));
        // Rate eta m^1/4: Delta ~ m^-1/4 >> z, so Delta^2 (m^-1/2) beats the first order 2 z Delta (m^-3/4):
        // (S2) fails, the rule must not answer m^-3/4.
        Architecture faster = abc("linear", "poly(0, 0, 1)", "4,1", list(fr(0, 1)), list(fr(1, 2)),
                Optional.of(list(fr(-1, 4))));
        String why = reason(step(faster));
        assertTrue(why.contains("first order m^-3/4") && why.contains("by m^-1/4, beyond m^-1/2"), why);
    }

    @Test
    void reluToleratesMovesSmallerThanItsPreActivations() {
        // relu [4,m,1], std_1 = m^1/2 (z_1 ~ m^1/2, ||a_1|| ~ m), alpha_2 = m^-1/2 (f ~ m^1/2), rate of
        // layer 1 m^1/4: each coordinate of z_1 moves by m^1/4 * |f - y| (m^1/2) * ||x||^2 * |b_1| (m^-1/2
        // per coordinate) = m^1/4, below its size m^1/2, so few units change sign and relu is linear on
        // the rest. First order: |f - y| * max(m^1/4 ||df/dW_1||^2, ||df/dW_2||^2) = m^1/2 * (m^1/2)^2.
        Architecture a = abc("relu", "linear", "4,m,1", list(fr(0, 1), fr(1, 2)), list(fr(-1, 2), fr(0, 1)),
                Optional.of(list(fr(-1, 4), fr(0, 1))));
        assertEquals(Exponent.of(3, 2), value(step(a)));
    }

    @Test
    void aSquareActivationInMeanFieldLearnsThroughItsMiddleLayer() {
        // sigma(z) = z^2, mean-field [4,m,m,1]: z_1 ~ 1, a_1 ~ 1, z_2 ~ m^-1/2, a_2 ~ m^-1 (||a_2|| ~ m^-1/2),
        // f ~ m^-3/2. Backward: b_3 = 1, ||b_2|| ~ |2 z_2| m^-1/2 = m^-1, ||b_1|| ~ m^-3/2: every gradient
        // block m^-3/2. Rates m, m^2, m: the middle layer gives m^2 m^-3 = m^-1, times |f - y| ~ 1.
        Outcome<Exponent> s = step(Networks.of("poly(0, 0, 1)", "linear", "mean-field", "4,m,m,1"));
        assertEquals(Exponent.of(-1, 1), value(s));
    }

    @Test
    void theCoherentArgumentNeedsTheOutputLayersOwnStepToStayDominated() {
        // mean-field tanh [4,m,m,1] as abc, c_3 varied: first order 0 (middle layer m^2 m^-2). W_3's
        // step on the moved a_2 adds eta m^{-c_3} |f - y| alpha_3^2 ||a_2|| ||Delta a_2||
        // = m^{-c_3} m^-2 m^0 m^1/2: m^0 at c_3 = -3/2 (still dominated), m^1/2 at c_3 = -2 (no rule).
        List<Fraction> a = list(fr(0, 1), fr(1, 1), fr(1, 1));
        List<Fraction> b = list(fr(0, 1), fr(0, 1), fr(0, 1));
        Outcome<Exponent> dominated = step(abc("tanh", "linear", "4,m,m,1", a, b,
                Optional.of(list(fr(-1, 1), fr(-2, 1), fr(-3, 2)))));
        assertEquals(Exponent.of(0, 1), value(dominated));
        assertTrue(((Outcome.Derived<Exponent>) dominated).derivation().stream().anyMatch(l -> l.contains("adds m^0")));
        String why = reason(step(abc("tanh", "linear", "4,m,m,1", a, b, Optional.of(list(fr(-1, 1), fr(-2, 1), fr(-2, 1))))));
        assertTrue(why.contains("(S1)") && why.contains("a_2"), why);
        // Rate m^5/2 for the middle layer: its step moves each coordinate of z_2 by m^1/2, where tanh
        // saturates, so the move is no longer of the order of its linearization: no rule.
        String saturated = reason(step(abc("tanh", "linear", "4,m,m,1", a, b,
                Optional.of(list(fr(-1, 1), fr(-5, 2), fr(-1, 1))))));
        assertTrue(saturated.contains("changes ||a_2|| by m^1"), saturated);
    }

    @Test
    void aDeepLinearMeanFieldNetworkAlsoMovesCoherently() {
        // linear mean-field [4,m,m,1]: as tanh (tanh ~ z on z_2 ~ m^-1/2): (S1) fails at a_2, whose move is
        // a sum of terms of one sign for the increasing identity; first order m^0.
        Outcome<Exponent> s = step(Networks.linear("mean-field", "4,m,m,1"));
        assertEquals(Exponent.of(0, 1), value(s));
        assertTrue(((Outcome.Derived<Exponent>) s).derivation().stream().anyMatch(l -> l.contains("one sign")));
    }
}
