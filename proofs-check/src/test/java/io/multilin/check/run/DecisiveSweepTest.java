package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.CellCost;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.NumericSettings;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.verdict.DerivationCheck.Remedy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The escalation rules on their own, with a fake clock: seeds double up to 24, widths are
 * raised at most twice by 4x, every look widens the interval, and a raise is priced before it
 * runs (memory of the cells at once against half the heap, time scaled from the seeds the last
 * sweep actually ran).
 */
class DecisiveSweepTest {

    private static final Quantity Q = new Quantity.HessianNorm();
    private static final Architecture ARCH = new ClaimParser().parse("c.yaml", """
            id: c
            title: t
            network: {widths: [4, m, m, 1], activation: linear, parameterization: ntk}
            assert: [{linear: true}]
            """).claim().flatMap(ClaimKinds::network).orElseThrow().architecture();
    private static final NumericSettings FIRST = new NumericSettings(List.of(64L, 128L, 256L, 512L, 1024L), 3, 1, 1,
            1.0, ProgressListener.NONE);

    /** Cells of {@code bytesPerM * m} bytes and work m; every sweep takes 10 s per seed it runs. */
    private static final class Priced implements NumericSide {
        final long bytesPerM;
        Priced(long bytesPerM) {
            this.bytesPerM = bytesPerM;
        }

        @Override
        public Measurement measure(Architecture a, Quantity q, NumericSettings s) {
            throw new UnsupportedOperationException("the sweep's own measure function is used");
        }

        @Override
        public Optional<CellCost> cost(Architecture a, Quantity q, long m) {
            return Optional.of(new CellCost(bytesPerM * m, m));
        }
    }

    private record Run(DecisiveSweep.Result result, List<NumericSettings> asked) {
    }

    private static Run run(Remedy always, boolean mayRaise, double budget, long heap, long bytes) {
        List<NumericSettings> asked = new ArrayList<>();
        long[] now = {0};
        int[] seedsBefore = {0};
        List<Long> widthsBefore = new ArrayList<>();
        DecisiveSweep sweep = new DecisiveSweep(new Priced(bytes), ARCH, Q, mayRaise, budget, heap, () -> now[0]);
        DecisiveSweep.Result result = sweep.run(FIRST, m -> always, s -> {
            asked.add(s);
            // 10 s per seed actually run: cells already measured at these widths are reused
            int fresh = s.widths().equals(widthsBefore) ? s.seeds() - seedsBefore[0] : s.seeds();
            now[0] += fresh * 10_000_000_000L;
            seedsBefore[0] = s.seeds();
            widthsBefore.clear();
            widthsBefore.addAll(s.widths());
            return Synthetic.withFit(Q, -0.5, -0.6, -0.4);
        });
        return new Run(result, asked);
    }

    @Test
    void seedsDoubleUpToTwentyFourAndEachLookIsWider() {
        Run r = run(Remedy.MORE_SEEDS, false, 1e9, Long.MAX_VALUE, 1);
        assertEquals(List.of(3, 6, 12, 24), r.asked().stream().map(NumericSettings::seeds).toList());
        assertEquals(List.of(0.975, 0.9875, 0.99375, 0.996875),
                r.asked().stream().map(NumericSettings::confidence).toList());
        assertEquals(4, r.result().steps().size());
    }

    @Test
    void nothingMoreIsAskedWhenNothingCanHelp() {
        assertEquals(1, run(Remedy.NONE, true, 1e9, Long.MAX_VALUE, 1).asked().size());
        assertEquals(1, run(Remedy.LARGER_WIDTHS, false, 1e9, Long.MAX_VALUE, 1).asked().size());
    }

    @Test
    void widthsAreRaisedTwiceByFourAndTheLooksGoOn() {
        Run r = run(Remedy.LARGER_WIDTHS, true, 1e9, Long.MAX_VALUE, 1);
        assertEquals(List.of(List.of(64L, 128L, 256L, 512L, 1024L), List.of(256L, 512L, 1024L, 2048L, 4096L),
                List.of(1024L, 2048L, 4096L, 8192L, 16384L)), r.asked().stream().map(NumericSettings::widths).toList());
        assertEquals(List.of(3, 3, 3), r.asked().stream().map(NumericSettings::seeds).toList());
        assertEquals(List.of(0.975, 0.9875, 0.99375), r.asked().stream().map(NumericSettings::confidence).toList());
    }

    @Test
    void aSweepRunsWhenItsCellsAtOnceTakeHalfTheMemoryAtMost() {
        // one thread: one cell at a time of m bytes; a budget of 8192 allows 4096 bytes at once
        Run fits = run(Remedy.LARGER_WIDTHS, true, 1e9, 8192, 1);
        assertEquals(2, fits.asked().size(), "64..1024, then 256..4096 (4096 bytes: exactly half)");
        assertTrue(fits.result().steps().get(2).plain().startsWith("not raised to m = [1024, 2048, 4096, 8192, 16384]"),
                fits.result().steps().get(2).plain());
        Run over = run(Remedy.LARGER_WIDTHS, true, 1e9, 8190, 1);
        assertEquals(1, over.asked().size());
        String refusal = over.result().steps().get(1).plain();
        assertTrue(refusal.startsWith("not raised to m = [256, 512, 1024, 2048, 4096]") && refusal.contains("GB"),
                refusal);
    }

    @Test
    void aFirstSweepThatWouldNotFitIsRefusedWithItsEstimateBeforeAnyCellRuns() {
        // 1024 bytes at once against a budget of 2000 (half: 1000)
        Run refused = run(Remedy.NONE, true, 1e9, 2000, 1);
        assertEquals(0, refused.asked().size());
        Measurement m = refused.result().measurement();
        String reason = m.problem().orElseThrow();
        assertTrue(reason.startsWith("refused before running m = [64, 128, 256, 512, 1024]")
                && reason.contains("cells at m = 1024 need about 1.02e-06 GB"), reason);
    }

    @Test
    void theTimeOfARaiseIsScaledFromTheSeedsTheLastSweepRan() {
        // 3 seeds at 64..1024 took 30 s, so 10 s a seed; 4x the widths is 4x the work (work = m):
        // the raise is estimated at 3 seeds x 10 s x 4 = 120 s
        assertEquals(2, run(Remedy.LARGER_WIDTHS, true, 120, Long.MAX_VALUE, 1).asked().size() - 1);
        Run tight = run(Remedy.LARGER_WIDTHS, true, 119.9, Long.MAX_VALUE, 1);
        assertEquals(1, tight.asked().size());
        assertTrue(tight.result().steps().get(1).plain().contains("estimated 120 s, the budget is 120 s"),
                tight.result().steps().get(1).plain());
    }

    @Test
    void afterMoreSeedsOnlyTheNewSeedsTimeTheNextRaise() {
        // seeds 3 -> 24 at 64..1024, each repeat running only its new seeds at 10 s each (the last
        // one 12 seeds, 120 s): the raise is priced at 3 seeds x 10 s x 4 = 120 s, not from 120 s
        // over all 24 seeds (60 s) nor from the 120 s as one seed's time
        assertEquals(List.of(3, 6, 12, 24, 3), escalate(120).stream().map(NumericSettings::seeds).toList());
        assertEquals(4, escalate(119.9).size());
    }

    private static List<NumericSettings> escalate(double budget) {
        List<NumericSettings> asked = new ArrayList<>();
        long[] now = {0};
        int[] before = {0};
        DecisiveSweep sweep = new DecisiveSweep(new Priced(1), ARCH, Q, true, budget, Long.MAX_VALUE, () -> now[0]);
        sweep.run(FIRST, m -> asked.size() < 4 ? Remedy.MORE_SEEDS : asked.size() < 5 ? Remedy.LARGER_WIDTHS
                : Remedy.NONE, s -> {
                    asked.add(s);
                    int fresh = s.widths().get(0) == 64L ? s.seeds() - before[0] : s.seeds();
                    now[0] += fresh * 10_000_000_000L;
                    before[0] = s.seeds();
                    return Synthetic.withFit(Q, -0.5, -0.6, -0.4);
                });
        return asked;
    }
}
