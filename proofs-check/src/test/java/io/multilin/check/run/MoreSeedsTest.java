package io.multilin.check.run;

import io.multilin.architecture.notation.Step;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.check.claim.ClaimParser;
import io.multilin.check.fakes.Synthetic;
import io.multilin.architecture.Exponent;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** An interval too wide to decide is re-measured with more seeds, never decided by a looser rule. */
class MoreSeedsTest {

    private static final String CLAIM = """
            id: wide-linear
            title: A wide linear network is linear
            network:
              widths: [4, m, m, 1]
              activation: linear
              parameterization: ntk
            assert:
              - linear: true
            """;

    private static ClaimResult check(IntFunction<double[]> intervalForSeeds, List<Integer> seedsAsked) throws Exception {
        NumericSide numeric = (arch, q, settings) -> {
            seedsAsked.add(settings.seeds());
            double[] ci = intervalForSeeds.apply(settings.seeds());
            return Synthetic.withFit(q, (ci[0] + ci[1]) / 2, ci[0], ci[1]);
        };
        Sides sides = new Sides((arch, q) -> new Prediction.Predicted(Exponent.of(-1, 2), List.of(Step.of("rule"))), numeric);
        ClaimChecker checker = new ClaimChecker(sides, Mode.BOTH, SweepDefaults.of(1, 1), ProgressListener.NONE);
        return checker.check(new ClaimParser().parse("c.yaml", CLAIM).claim().orElseThrow());
    }

    @Test
    void seedsAreDoubledUntilTheIntervalDecides() throws Exception {
        List<Integer> asked = new ArrayList<>();
        // the interval straddles -0.1 with 3 and 6 seeds, and lies below it with 12
        ClaimResult result = check(seeds -> seeds < 12 ? new double[] {-0.4, 0.0} : new double[] {-0.45, -0.3}, asked);
        assertEquals(List.of(3, 6, 12), asked);
        assertEquals(Verdict.VERIFIED, result.verdict());
    }

    @Test
    void anIntervalThatNeverDecidesStaysInconclusiveAfterTheLastSeeds() throws Exception {
        List<Integer> asked = new ArrayList<>();
        ClaimResult result = check(seeds -> new double[] {-0.4, 0.0}, asked);
        assertEquals(List.of(3, 6, 12, DecisiveSweep.MAX_SEEDS), asked);
        assertEquals(Verdict.INCONCLUSIVE, result.verdict());
    }

    @Test
    void moreSeedsCanAlsoRevealAContradiction() throws Exception {
        List<Integer> asked = new ArrayList<>();
        // undecided against the derived -1/2 with 3 and 6 seeds; with 12 the interval lies above
        // [-0.65, -0.35]: the derivation is contradicted (no wider sweep is priced here, so none runs)
        ClaimResult result = check(seeds -> seeds < 12 ? new double[] {-0.4, 0.0} : new double[] {-0.25, -0.15},
                asked);
        assertEquals(List.of(3, 6, 12), asked);
        assertEquals(Verdict.DISAGREEMENT, result.verdict());
        String reason = result.assertions().get(0).reason();
        org.junit.jupiter.api.Assertions.assertTrue(reason.contains("with 12 seeds") && reason.contains("not raised"),
                reason);
    }

    @Test
    void aDecidedIntervalIsNotRepeated() throws Exception {
        List<Integer> asked = new ArrayList<>();
        check(seeds -> new double[] {-0.6, -0.4}, asked);
        assertEquals(List.of(3), asked);
    }


    @Test
    void numericOnlyARegimesChangesGetMoreSeedsUntilClassified() throws Exception {
        String regime = """
                id: lazy
                title: NTK is lazy
                network:
                  widths: [4, m, m, 1]
                  activation: tanh
                  parameterization: ntk
                assert:
                  - regime: lazy
                """;
        List<Integer> asked = new ArrayList<>();
        // every change straddles "vanishes" with 3 and 6 seeds; with 12 the hidden layers vanish
        // and the output (layer 3) is of order one
        NumericSide numeric = (arch, q, settings) -> {
            asked.add(settings.seeds());
            boolean output = ((io.multilin.architecture.Quantity.FeatureChange) q).layer() == 3;
            double[] ci = settings.seeds() < 12 ? new double[] {-0.4, 0.0}
                    : output ? new double[] {-0.05, 0.05} : new double[] {-0.6, -0.4};
            return Synthetic.withFit(q, (ci[0] + ci[1]) / 2, ci[0], ci[1]);
        };
        Sides sides = new Sides((arch, q) -> new Prediction.NoRule("unused"), numeric);
        ClaimChecker checker = new ClaimChecker(sides, Mode.NUMERIC, SweepDefaults.of(1, 1), ProgressListener.NONE);
        ClaimResult result = checker.check(new ClaimParser().parse("c.yaml", regime).claim().orElseThrow());
        assertEquals(List.of(3, 6, 12, 3, 6, 12, 3, 6, 12), asked, "three changes, each until classified");
        assertEquals(Verdict.VERIFIED, result.verdict(), () -> result.assertions().get(0).reason());
    }
}
