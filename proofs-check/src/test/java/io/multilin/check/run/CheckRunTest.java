package io.multilin.check.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Exponent;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.sides.NumericSide;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunTest {

    static void claim(Path dir, String id) throws IOException {
        Files.writeString(dir.resolve(id + ".yaml"), "id: " + id + "\ntitle: t\nnetwork: {widths: [2, m, 1],"
                + " parameterization: ntk}\nassert:\n  - hessian-norm: {exponent: -0.5}\n");
    }

    @Test
    void anInterruptStopsTheRunAndKeepsFinishedClaims(@TempDir Path dir) throws IOException {
        claim(dir, "a-first");
        claim(dir, "b-second");
        claim(dir, "c-third");
        AtomicInteger calls = new AtomicInteger();
        NumericSide numeric = (architecture, quantity, settings) -> {
            if (calls.incrementAndGet() == 2) {
                Thread.currentThread().interrupt();   // what the Ctrl-C hook does to the worker
            }
            return Synthetic.powerLaw(quantity, -0.5);
        };
        Sides sides = new Sides((a, q) -> new Prediction.Predicted(Exponent.of(-1, 2), List.of()), numeric);
        List<String> printed = new ArrayList<>();
        CheckRun.Outcome outcome = CheckRun.run(List.of(dir), new ClaimChecker(sides, Mode.BOTH,
                SweepDefaults.of(1, 1), ProgressListener.NONE), r -> printed.add(r.claim().id()));
        assertTrue(Thread.interrupted(), "the interrupt status is kept for the caller");
        assertTrue(outcome.interrupted());
        assertEquals(List.of("a-first"), printed);
        assertEquals(Verdict.VERIFIED, outcome.results().get(0).verdict());
        assertEquals(2, calls.get());
    }

    @Test
    void sidesThatThrowAreReportedNotFatal(@TempDir Path dir) throws IOException {
        claim(dir, "a");
        Sides sides = new Sides((a, q) -> {
            throw new IllegalStateException("rule table corrupt");
        }, (a, q, s) -> {
            throw new ArithmeticException("overflow");
        });
        CheckRun.Outcome outcome = CheckRun.run(List.of(dir), new ClaimChecker(sides, Mode.BOTH,
                SweepDefaults.of(1, 1), ProgressListener.NONE), r -> { });
        assertEquals(Verdict.UNSUPPORTED, outcome.results().get(0).verdict());
        String reason = outcome.results().get(0).assertions().get(0).reason();
        assertTrue(reason.contains("rule table corrupt") && reason.contains("overflow"), reason);
    }

    @Test
    void claimSweepOverridesTheDefaults() {
        var claim = new io.multilin.check.claim.ClaimParser().parse("s.yaml", "id: s\ntitle: t\nnetwork: {widths: [2, m, 1],"
                + " parameterization: ntk}\nassert: [{linear: true}]\nsweep: {widths: [16, 32, 64, 128, 256]}\nball: {radius: 2}\n")
                .claim().orElseThrow();
        var settings = new NetworkCheck(new Sides(null, null), Mode.BOTH, SweepDefaults.of(9, 2), ProgressListener.NONE)
                .settings(ClaimKinds.asNetwork(claim));
        assertEquals(List.of(16L, 32L, 64L, 128L, 256L), settings.widths());
        assertEquals(SweepDefaults.SEEDS, settings.seeds());
        assertEquals(9, settings.baseSeed());
        assertEquals(2, settings.threads());
        assertEquals(2.0, settings.radius());
    }

    @Test
    void directoriesAreSearchedWithoutDescendingAndSorted(@TempDir Path dir) throws IOException {
        claim(dir, "b");
        claim(dir, "a");
        Files.writeString(dir.resolve("c.yml"), "x: 1\n");
        Files.writeString(dir.resolve("notes.txt"), "not a claim");
        Files.createDirectory(dir.resolve("false"));
        claim(dir.resolve("false"), "z");
        assertEquals(List.of(dir.resolve("a.yaml"), dir.resolve("b.yaml"), dir.resolve("c.yml")),
                ClaimFiles.collect(List.of(dir)).files());
    }

    @Test
    void duplicateIdsAreErrors(@TempDir Path dir) throws IOException {
        claim(dir, "same");
        Files.createDirectory(dir.resolve("sub"));
        claim(dir.resolve("sub"), "same");
        CheckRun.Outcome outcome = CheckRun.run(List.of(dir, dir.resolve("sub")), new ClaimChecker(new Sides((a, q) ->
                new Prediction.NoRule("x"), (a, q, s) -> Synthetic.atFloor(q)), Mode.BOTH, SweepDefaults.of(1, 1),
                ProgressListener.NONE), r -> { });
        assertEquals(1, outcome.results().size());
        assertTrue(outcome.errors().get(0).message().startsWith("duplicate id 'same'"));
    }
}
