package io.multilin.check.claim;

import static io.multilin.check.claim.ClaimParserErrorsTest.assertError;
import static io.multilin.check.claim.ClaimParserErrorsTest.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dynamics kinds: what they read, their defaults, and errors naming line and key. */
class DynamicsParserTest {

    private static final String HEAD = "id: a\ntitle: t\nnetwork:\n  widths: [4, m, m, 1]\n  parameterization: mup\n"
            + "  activation: tanh\nassert:\n";

    private static List<NetworkAssertion> parse(String assertions) {
        ParsedClaim parsed = new ClaimParser().parse("good.yaml", HEAD + assertions);
        assertTrue(parsed.errors().isEmpty(), () -> parsed.errors().toString());
        return ((NetworkClaim) parsed.claim().orElseThrow()).assertions();
    }

    @Test
    void eachKindReadsItsStepsScaleAndDefaults() {
        List<NetworkAssertion> a = parse("""
                  - feature-change: {layer: 2, steps: [1, 3, 5], order: one}
                  - output-change: {steps: [2], exponent: -1/2, target: 5, lr: 0.5}
                  - regime: lazy
                  - regime: {is: feature-learning, steps: [1, 2]}
                """);
        assertEquals(new NetworkAssertion.FeatureChange(2, new GradientSteps(List.of(1, 3, 5), 1.0, 0.1),
                new Scale.OrderOne(), 8), a.get(0));
        NetworkAssertion.OutputChange out = (NetworkAssertion.OutputChange) a.get(1);
        assertEquals(new GradientSteps(List.of(2), 5.0, 0.5), out.steps());
        assertEquals("-1/2", out.scale().spelling().replace("exponent: ", ""));
        assertEquals(new NetworkAssertion.Regime(DynamicsRegime.LAZY, new GradientSteps(List.of(1), 1.0, 0.1), 10),
                a.get(2));
        assertEquals(DynamicsRegime.FEATURE_LEARNING, ((NetworkAssertion.Regime) a.get(3)).regime());
        assertEquals(List.of(1, 2), ((NetworkAssertion.Regime) a.get(3)).steps().steps());
        assertEquals(new io.multilin.architecture.training.OptimizerChoice.GradientDescent(), out.steps().optimizer());
        NetworkAssertion.FeatureChange adam = (NetworkAssertion.FeatureChange) parse(
                "  - feature-change: {layer: 1, steps: [1], order: one, optimizer: adam}\n").get(0);
        assertEquals(io.multilin.architecture.training.OptimizerChoice.Adam.DEFAULT, adam.steps().optimizer());
    }

    @Test
    void badStepsLayersAndRegimesAreErrorsAtTheirLine() {
        assertError(only(HEAD + "  - feature-change: {layer: 4, steps: [1], order: one}\n"), 8,
                "assert[1].feature-change.layer", "layer 4 does not exist: the network has layers 1..3");
        assertError(only(HEAD + "  - feature-change: {layer: 1, order: one}\n"), 8,
                "assert[1].feature-change.steps", "missing required key 'steps'");
        assertError(only(HEAD + "  - output-change: {steps: [3, 1], order: one}\n"), 8,
                "assert[1].output-change.steps", "steps must increase");
        assertError(only(HEAD + "  - output-change: {steps: [0], order: one}\n"), 8,
                "assert[1].output-change.steps", "step 0 is out of range: steps go from 1 to 20");
        assertError(only(HEAD + "  - output-change: {steps: [21], order: one}\n"), 8,
                "assert[1].output-change.steps", "out of range");
        assertError(only(HEAD + "  - output-change: {steps: [1]}\n"), 8,
                "assert[1].output-change", "expected exactly one of exponent, order or vanishes");
        assertError(only(HEAD + "  - regime: chaotic\n"), 8, "assert[1].regime",
                "expected one of unstable, feature-learning, lazy, trivial, found 'chaotic'");
        assertError(only(HEAD + "  - regime: {steps: [1]}\n"), 8, "assert[1].regime.is", "missing required key 'is'");
        assertError(only(HEAD + "  - feature-change: {layer: 1, steps: [1], order: one, lr: -1}\n"), 8,
                "assert[1].feature-change.lr", "expected a positive learning rate");
        assertError(only(HEAD + "  - regime: {is: lazy, steps: [1], optimizer: sgd}\n"), 8,
                "assert[1].regime.optimizer", "expected gd or adam, found 'sgd'");
    }

    @Test
    void abcWithoutRatesAndNetworksWithoutHiddenLayersAreRefused() {
        String abc = "id: a\ntitle: t\nnetwork:\n  widths: [4, m, 1]\n  parameterization: abc\n  a: [0, 0]\n"
                + "  b: [0, 1/2]\nassert:\n  - regime: lazy\n";
        assertError(only(abc), 9, "assert[1].regime", "needs the learning-rate exponents");
        String shallow = "id: a\ntitle: t\nnetwork:\n  widths: [4, 1]\n  parameterization: ntk\nassert:\n"
                + "  - regime: lazy\n";
        assertError(only(shallow), 7, "assert[1].regime", "needs a hidden layer");
    }

    @Test
    void theClaimWriterReadsBack() {
        String text = "  - feature-change: {layer: 1, steps: [1, 4], vanishes: true, target: 2}\n"
                + "  - regime: {is: unstable, steps: [2, 3], lr: 0.25, optimizer: adam}\n"
                + "  - output-change: {steps: [1], order: one, first-lr-exponent: -3/2}\n";
        List<NetworkAssertion> a = parse(text);
        assertTrue(a.get(2).claimedText().contains("first-lr-exponent: -3/2"), a.get(2).claimedText());
        NetworkClaim claim = (NetworkClaim) new ClaimParser().parse("good.yaml", HEAD + text).claim().orElseThrow();
        String written = ClaimYaml.write(claim);
        NetworkClaim again = (NetworkClaim) new ClaimParser().parse("again.yaml", written).claim().orElseThrow();
        assertEquals(a.stream().map(NetworkAssertion::claimedText).toList(),
                again.assertions().stream().map(NetworkAssertion::claimedText).toList());
    }

    @Test
    void aLargerFirstStepIsAnExactExponentWithinBounds() {
        NetworkAssertion.FeatureChange f = (NetworkAssertion.FeatureChange) parse(
                "  - feature-change: {layer: 2, steps: [1], order: one, first-lr-exponent: 1/2}\n").get(0);
        assertEquals(new org.apache.commons.math3.fraction.Fraction(1, 2), f.steps().firstLr());
        assertEquals(new org.apache.commons.math3.fraction.Fraction(1, 2),
                f.steps().featureChange(2, 1).setup().firstLr());
        assertEquals(org.apache.commons.math3.fraction.Fraction.ZERO, ((NetworkAssertion.Regime) parse(
                "  - regime: {is: lazy, steps: [1]}\n").get(0)).steps().firstLr());
        assertError(only(HEAD + "  - output-change: {steps: [1], order: one, first-lr-exponent: 5}\n"), 8,
                "assert[1].output-change.first-lr-exponent", "must lie in [-4, 4]");
        assertError(only(HEAD + "  - regime: {is: lazy, steps: [1], first-lr-exponent: big}\n"), 8,
                "assert[1].regime.first-lr-exponent", "expected an exponent k of m");
    }

    @Test
    void aBatchIsASmallCountOfTheFixedInputs() {
        NetworkAssertion.OutputChange o = (NetworkAssertion.OutputChange) parse(
                "  - output-change: {steps: [1, 2], order: one, batch: 3}\n").get(0);
        assertEquals(3, o.steps().batch());
        assertEquals(3, o.steps().outputChange(2).setup().batch());
        assertTrue(o.claimedText().contains("batch: 3"), o.claimedText());
        assertEquals(1, ((NetworkAssertion.Regime) parse("  - regime: {is: lazy, steps: [1]}\n").get(0)).steps().batch());
        assertError(only(HEAD + "  - output-change: {steps: [1], order: one, batch: 9}\n"), 8,
                "assert[1].output-change.batch", "expected a batch size from 1 to 8, found 9");
        assertError(only(HEAD + "  - regime: {is: lazy, steps: [1], batch: 0}\n"), 8,
                "assert[1].regime.batch", "from 1 to 8");
    }
}
