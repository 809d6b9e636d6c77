package io.multilin.numeric.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class WidthSweepTest {

    private static final SweepPlan PLAN = new SweepPlan(new long[] {16, 32, 64, 128, 256}, 4, 2024);

    /**
     * A noisy m^{-1/2} law that depends on (m, seed) only, and sleeps a seed-dependent time so
     * that cells finish out of launch order when several threads run.
     */
    private static PointValue noisyInverseSqrt(long m, long seed) throws InterruptedException {
        SplittableRandom random = new SplittableRandom(seed ^ (m * 0x9E3779B97F4A7C15L));
        Thread.sleep(random.nextInt(4));
        double value = Math.pow(m, -0.5) * (1 + 0.2 * (random.nextDouble() - 0.5));
        return new PointValue(value, 1e-13, random.nextBoolean() ? "gradient" : "lanczos");
    }

    @Test
    void oneAndTwoThreadsGiveIdenticalResults() throws Exception {
        SweepResult one = new WidthSweep(1).run("q", PLAN, WidthSweepTest::noisyInverseSqrt);
        SweepResult two = new WidthSweep(2).run("q", PLAN, WidthSweepTest::noisyInverseSqrt);
        assertEquals(one, two);
        assertTrue(one.estimate().orElseThrow().intervalContains(-0.5), one.estimate().get().toString());
        for (int w = 0; w < PLAN.widthCount(); w++) {
            WidthSummary summary = one.widths().get(w);
            for (int s = 0; s < PLAN.seeds(); s++) {
                assertEquals(noisyInverseSqrt(summary.width(), PLAN.seedFor(s)), summary.cells().get(s));
            }
        }
    }

    @Test
    void progressCountsEveryCellInOrderAndConcurrencyIsBoundedByThePool() throws Exception {
        List<Integer> done = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        SweepProgress progress = (d, total, label) -> {
            assertEquals(PLAN.cellCount(), total);
            assertTrue(label.startsWith("q  m="), label);
            done.add(d);
        };
        new WidthSweep(2, progress, () -> false).run("q", PLAN, (m, seed) -> {
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                return noisyInverseSqrt(m, seed);
            } finally {
                running.decrementAndGet();
            }
        });
        List<Integer> expected = new ArrayList<>();
        for (int i = 1; i <= PLAN.cellCount(); i++) {
            expected.add(i);
        }
        assertEquals(expected, done);
        assertTrue(maxRunning.get() <= 2, "max running " + maxRunning.get());
    }

    @Test
    void interruptStopsTheSweepAndLeavesNoRunningTask() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch twoRunning = new CountDownLatch(2);
        CellMeasurement blocking = (m, seed) -> {
            running.incrementAndGet();
            started.incrementAndGet();
            twoRunning.countDown();
            try {
                Thread.sleep(60_000);
                return new PointValue(1, 0, "never");
            } finally {
                running.decrementAndGet();
            }
        };
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread sweeper = new Thread(() -> {
            try {
                new WidthSweep(2).run("blocking", PLAN, blocking);
            } catch (Throwable t) {
                thrown.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        });
        sweeper.start();
        assertTrue(twoRunning.await(10, TimeUnit.SECONDS));
        sweeper.interrupt();
        sweeper.join(10_000);
        assertFalse(sweeper.isAlive());
        SweepInterruptedException e = assertInstanceOf(SweepInterruptedException.class, thrown.get());
        assertTrue(e.getMessage().contains("interrupted"), e.getMessage());
        assertEquals(0, e.doneCells());
        assertEquals(PLAN.cellCount(), e.totalCells());
        assertEquals(0, running.get(), "a cell outlived the sweep");
        assertEquals(2, started.get(), "no cell may be launched after the interrupt");
        assertTrue(stillInterrupted.get(), "the interrupt status is restored");
    }

    @Test
    void cancelFlagStopsLaunchingNewCells() {
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicInteger started = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        CellMeasurement cancellingAfterFive = (m, seed) -> {
            running.incrementAndGet();
            try {
                if (started.incrementAndGet() == 5) {
                    cancel.set(true);
                }
                return noisyInverseSqrt(m, seed);
            } finally {
                running.decrementAndGet();
            }
        };
        SweepInterruptedException e = assertThrows(SweepInterruptedException.class,
                () -> new WidthSweep(1, SweepProgress.NONE, cancel::get).run("q", PLAN, cancellingAfterFive));
        assertTrue(e.getMessage().contains("cancelled"), e.getMessage());
        assertEquals(5, started.get());
        assertEquals(0, running.get());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aFailingCellIsReportedWithItsWidthAndSeed() {
        AtomicInteger running = new AtomicInteger();
        CellMeasurement failing = (m, seed) -> {
            running.incrementAndGet();
            try {
                if (m == 64 && seed == PLAN.seedFor(2)) {
                    throw new ArithmeticException("Lanczos broke down");
                }
                return noisyInverseSqrt(m, seed);
            } finally {
                running.decrementAndGet();
            }
        };
        SweepCellException e = assertThrows(SweepCellException.class,
                () -> new WidthSweep(2).run("hessian", PLAN, failing));
        assertEquals(64, e.cell().width());
        assertEquals(2, e.cell().seedIndex());
        assertTrue(e.getMessage().contains("hessian") && e.getMessage().contains("m=64 seed#3")
                && e.getMessage().contains("Lanczos broke down"), e.getMessage());
        assertInstanceOf(ArithmeticException.class, e.getCause());
        assertEquals(0, running.get());
    }

    @Test
    void errorsAndNullResultsAreCellFailuresToo() {
        SweepCellException oom = assertThrows(SweepCellException.class, () -> new WidthSweep(1).run("q", PLAN,
                (m, seed) -> {
                    if (m == 256) {
                        throw new OutOfMemoryError("simulated");
                    }
                    return new PointValue(1, 0, "p");
                }));
        assertEquals(256, oom.cell().width());
        assertInstanceOf(OutOfMemoryError.class, oom.getCause());
        SweepCellException nothing = assertThrows(SweepCellException.class,
                () -> new WidthSweep(1).run("q", PLAN, (m, seed) -> null));
        assertEquals(16, nothing.cell().width());
        assertTrue(nothing.getMessage().contains("returned null"), nothing.getMessage());
    }

    @Test
    void aNanCellGivesAnInvalidResultNamingTheCell() throws Exception {
        SweepResult result = new WidthSweep(2).run("q", PLAN, (m, seed) -> m == 128 && seed == PLAN.seedFor(0)
                ? new PointValue(Double.NaN, 1e-13, "lanczos")
                : noisyInverseSqrt(m, seed));
        assertFalse(result.isValid());
        assertTrue(result.estimate().isEmpty());
        assertEquals("m=128 seed#1", result.invalidCell().orElseThrow().cell().label());
        assertTrue(result.noFitReason().orElseThrow().contains("m=128 seed#1"));
    }

    @Test
    void rejectsANonPositiveThreadCount() {
        assertThrows(IllegalArgumentException.class, () -> new WidthSweep(0));
    }
}
