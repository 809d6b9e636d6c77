package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.check.claim.DynamicsRegime;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Planner;
import io.multilin.check.sides.Prediction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A regime from the exact exponents of every layer's feature change (a network with 3 weight
 * matrices: hidden layers 1, 2 and the output's pre-activation 3), at steps 1 and 2.
 */
class RegimeFindingTest {

    private static final GradientSteps STEPS = new GradientSteps(List.of(1, 2), 1.0, 0.1);
    private static final Architecture NET = new Architecture(List.of(Width.parse("4"), Width.parse("m"),
            Width.parse("m"), Width.parse("1")), new Activation.Tanh(), Activation.LINEAR, Parameterization.parse("mup"));

    /** Exponents per layer (the same at both steps); null is no rule. */
    private static SideFinding find(DynamicsRegime claimed, Exponent... perLayer) {
        return find(claimed, (l, t) -> perLayer[l - 1]);
    }

    private static SideFinding find(DynamicsRegime claimed, java.util.function.BiFunction<Integer, Integer, Exponent> exponents) {
        NetworkAssertion.Regime regime = new NetworkAssertion.Regime(claimed, STEPS, 1);
        AssertionPlan plan = Planner.plan(regime, NET);
        Map<Quantity, Prediction> predictions = new HashMap<>();
        for (int l = 1; l <= 3; l++) {
            for (int t : STEPS.steps()) {
                Exponent e = exponents.apply(l, t);
                predictions.put(new Quantity.FeatureChange(l, t, 1.0, 0.1), e == null ? new Prediction.NoRule("no rule here")
                        : new Prediction.Predicted(e, List.of()));
            }
        }
        assertEquals(6, plan.estimationQuantities().size());
        assertEquals(plan.checkedQuantities(), new java.util.LinkedHashSet<>(plan.estimationQuantities()));
        return AssertionJudge.find(plan, (q, p) -> SymbolicJudge.judge(q, p, predictions.get(q)), 1);
    }

    private static final Exponent ZERO = Exponent.of(0, 1);
    private static final Exponent HALF_DOWN = Exponent.of(-1, 2);

    @Test
    void theLastHiddenLayerAndTheOutputDecide() {
        assertEquals(Optional.of("feature-learning"), find(DynamicsRegime.FEATURE_LEARNING, HALF_DOWN, ZERO, ZERO).value());
        assertEquals(Outcome.SUPPORTS, find(DynamicsRegime.FEATURE_LEARNING, HALF_DOWN, ZERO, ZERO).outcome());
        assertEquals(Optional.of("lazy"), find(DynamicsRegime.LAZY, HALF_DOWN, HALF_DOWN, ZERO).value());
        assertEquals(Optional.of("trivial"), find(DynamicsRegime.LAZY, HALF_DOWN, HALF_DOWN, Exponent.of(-1, 1)).value());
        assertEquals(Outcome.CONTRADICTS, find(DynamicsRegime.LAZY, HALF_DOWN, HALF_DOWN, Exponent.of(-1, 1)).outcome());
        // the last hidden layer vanishes while the output grows? that is growth: unstable
        assertEquals(Optional.of("unstable"), find(DynamicsRegime.LAZY, ZERO, HALF_DOWN, Exponent.of(1, 2)).value());
    }

    @Test
    void oneGrowingChangeIsUnstableEvenBesideMissingRules() {
        SideFinding f = find(DynamicsRegime.UNSTABLE, HALF_DOWN, Exponent.of(1, 2), null);
        assertEquals(Outcome.SUPPORTS, f.outcome());
        assertTrue(f.judgement().because().plain().contains("grows"), f.judgement().because().plain());
        assertEquals(Outcome.CONTRADICTS, find(DynamicsRegime.FEATURE_LEARNING, null, Exponent.of(1, 2), ZERO).outcome());
    }

    @Test
    void withoutGrowthEveryChangeMustBeDerived() {
        SideFinding f = find(DynamicsRegime.LAZY, HALF_DOWN, HALF_DOWN, null);
        assertEquals(Outcome.NO_RULE, f.outcome());
        assertEquals(Optional.empty(), f.value());
        assertTrue(f.judgement().because().plain().contains("every layer's feature change"));
    }

    @Test
    void aPatternOfNoRegimeContradictsEveryClaim() {
        // lower hidden layers do not count: a vanishing last hidden layer with the output at
        // order one is lazy even when layer 1 moves by order one
        assertEquals(Optional.of("lazy"), find(DynamicsRegime.FEATURE_LEARNING, ZERO, HALF_DOWN, ZERO).value());
        // the last hidden layer vanishing at step 1 and of order one at step 2 is no regime
        for (DynamicsRegime r : DynamicsRegime.values()) {
            SideFinding f = find(r, (l, t) -> l == 2 && t == 2 ? ZERO : l == 2 ? HALF_DOWN : ZERO);
            assertEquals(Outcome.CONTRADICTS, f.outcome(), r.spelling());
            assertEquals(Optional.of("none"), f.value());
            assertTrue(f.judgement().because().plain().startsWith("no regime (none of unstable, feature-learning"));
        }
        // identically zero everywhere but the hidden layers: trivial
        for (DynamicsRegime r : DynamicsRegime.values()) {
            SideFinding f = find(r, HALF_DOWN, HALF_DOWN, Exponent.ZERO_FUNCTION);
            assertEquals(r == DynamicsRegime.TRIVIAL ? Outcome.SUPPORTS : Outcome.CONTRADICTS, f.outcome(), r.spelling());
        }
    }
}
