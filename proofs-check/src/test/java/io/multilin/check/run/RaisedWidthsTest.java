package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.CellCost;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A measurement that contradicts the derivation moves to larger widths (x4, then x4) before a
 * DISAGREEMENT, within a memory and time budget estimated before each raise.
 */
class RaisedWidthsTest {

    private static final String CLAIM = """
            id: narrow
            title: two narrow bottlenecks
            network:
              widths: [8, m, 3, m, 2, m, 1]
              activation: linear
              parameterization: ntk
            assert:
              - hessian-norm: {order: one}
            """;

    /** A side whose slope depends on the smallest width swept, and whose cells cost {@code bytesPerM * m}. */
    private static final class Fake implements NumericSide {
        final List<List<Long>> asked = new ArrayList<>();
        final Function<Long, Double> slopeFromFirstWidth;
        final long bytesPerM;

        Fake(Function<Long, Double> slopeFromFirstWidth, long bytesPerM) {
            this.slopeFromFirstWidth = slopeFromFirstWidth;
            this.bytesPerM = bytesPerM;
        }

        @Override
        public Measurement measure(Architecture architecture, Quantity quantity, NumericSettings settings) {
            asked.add(settings.widths());
            double s = slopeFromFirstWidth.apply(settings.widths().get(0));
            return Synthetic.withFit(quantity, s, s - 0.03, s + 0.03);
        }

        @Override
        public Optional<CellCost> cost(Architecture architecture, Quantity quantity, long m) {
            return Optional.of(new CellCost(bytesPerM * m, m));
        }
    }

    private static ClaimResult check(Fake numeric, SweepDefaults defaults) throws Exception {
        Sides sides = new Sides((arch, q) -> new Prediction.Predicted(Exponent.of(0, 1), List.of(Step.of("rule"))), numeric);
        return new ClaimChecker(sides, Mode.BOTH, defaults, ProgressListener.NONE)
                .check(new ClaimParser().parse("c.yaml", CLAIM).claim().orElseThrow());
    }

    @Test
    void aPreAsymptoticSlopeIsMeasuredAgainAtLargerWidths() throws Exception {
        // slope -0.19 from m = 64 (issue 10's narrow bottlenecks), flat from 16 x larger
        Fake numeric = new Fake(first -> first < 1024 ? -0.19 : -0.01, 1000);
        ClaimResult result = check(numeric, SweepDefaults.of(1, 1));
        assertEquals(List.of(List.of(64L, 128L, 256L, 512L, 1024L), List.of(256L, 512L, 1024L, 2048L, 4096L),
                List.of(1024L, 2048L, 4096L, 8192L, 16384L)), numeric.asked);
        assertEquals(Verdict.VERIFIED, result.verdict(), () -> result.assertions().get(0).reason());
        assertTrue(result.assertions().get(0).reason().contains("then m = [1024"), result.assertions().get(0).reason());
    }

    @Test
    void aContradictionAtTheLargestAffordableWidthsIsADisagreementThatSaysWhy() throws Exception {
        // m bytes per unit: a cell at m = 1024 takes a quarter of the heap, one at 4096 all of it
        long huge = Runtime.getRuntime().maxMemory() / 4096;
        Fake numeric = new Fake(first -> -0.19, huge);
        ClaimResult result = check(numeric, SweepDefaults.of(1, 1));
        AssertionResult a = result.assertions().get(0);
        assertEquals(Verdict.DISAGREEMENT, a.verdict(), a::reason);
        assertEquals(1, numeric.asked.size(), "the raise was refused before any cell ran");
        assertTrue(a.reason().contains("not raised to m = [256, 512, 1024, 2048, 4096]") && a.reason().contains("GB"),
                a.reason());
    }

    @Test
    void widthsGivenByATestRunAreNeverRaised() throws Exception {
        Fake numeric = new Fake(first -> -0.19, 1000);
        ClaimResult result = check(numeric, new SweepDefaults(List.of(64L, 128L, 256L, 512L, 1024L), 3, 1, 1));
        assertEquals(1, numeric.asked.size());
        assertEquals(Verdict.DISAGREEMENT, result.verdict());
    }

    @Test
    void defaultWidthsClearTheFixedHiddenWidthsByEightTimes() {
        Architecture arch = new ClaimParser().parse("c.yaml", CLAIM.replace("[8, m, 3, m, 2, m, 1]",
                "[8, m, 100, m, 1]")).claim().flatMap(ClaimKinds::network).orElseThrow().architecture();
        assertEquals(List.of(1024L, 2048L, 4096L, 8192L, 16384L), SweepContract.defaultWidths(arch));
        assertEquals(Optional.empty(), SweepContract.shortfall(arch, SweepContract.defaultWidths(arch)));
        assertTrue(SweepContract.shortfall(arch, List.of(64L, 128L, 256L, 512L, 1024L)).orElseThrow()
                .contains("8 x the fixed hidden width 100"));
        assertTrue(SweepContract.shortfall(arch, List.of(1024L, 2048L, 4096L)).orElseThrow().contains("3 widths"));
        assertTrue(SweepContract.shortfall(arch, List.of(1024L, 2048L, 4096L, 8192L, 9000L)).orElseThrow()
                .contains("16x"));
    }
}
