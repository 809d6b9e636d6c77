package io.multilin.numeric.sweep;

import io.multilin.numeric.fit.Confidence;
import io.multilin.numeric.fit.PointValue;
import java.util.Objects;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs a {@link CellMeasurement} over every cell of a {@link SweepPlan} on a fixed number of
 * threads and summarizes the values into a {@link SweepResult}.
 *
 * <p>Determinism: each value is stored at its cell index and each cell's seed depends only on
 * (base seed, seed index), so the result is the same whatever the thread count and completion
 * order.
 *
 * <p>Memory: at most {@code threads} cells are in flight at any time (a new one is launched
 * only when one finishes), and cells are launched from the smallest width up, so the heavy
 * cells of the largest widths never pile up beyond the pool size.
 *
 * <p>Cancellation: an interrupt of the calling thread or the cancel flag stops launching,
 * interrupts the running cells and waits for them to return, then throws
 * {@link SweepInterruptedException}. A failing cell does the same and throws
 * {@link SweepCellException} naming the cell.
 */
public final class WidthSweep {

    /** How often the coordinator wakes up to look at the cancel flag. */
    private static final long POLL_MILLIS = 20;

    private final int threads;
    private final SweepProgress progress;
    private final BooleanSupplier cancelled;

    public WidthSweep(int threads) {
        this(threads, SweepProgress.NONE, () -> false);
    }

    public WidthSweep(int threads, SweepProgress progress, BooleanSupplier cancelled) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.progress = Objects.requireNonNull(progress, "progress");
        this.cancelled = Objects.requireNonNull(cancelled, "cancelled");
    }

    public int threads() {
        return threads;
    }

    /**
     * Measures every cell of {@code plan} and summarizes, with a 95% slope interval.
     *
     * @param label names the swept quantity in progress output and error messages
     */
    public SweepResult run(String label, SweepPlan plan, CellMeasurement measurement)
            throws SweepInterruptedException, SweepCellException {
        return run(label, plan, measurement, Confidence.DEFAULT);
    }

    /**
     * Measures every cell of {@code plan} and summarizes, with a slope interval at
     * {@code confidence} (a repeated look widens it: the checker chooses the level of each look).
     *
     * @param label names the swept quantity in progress output and error messages
     */
    public SweepResult run(String label, SweepPlan plan, CellMeasurement measurement, Confidence confidence)
            throws SweepInterruptedException, SweepCellException {
        Objects.requireNonNull(measurement, "measurement");
        Objects.requireNonNull(confidence, "confidence");
        int total = plan.cellCount();
        PointValue[] values = new PointValue[total];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, total), threadFactory(label));
        CompletionService<Finished> completions = new ExecutorCompletionService<>(pool);
        int launched = 0;
        int done = 0;
        boolean completed = false;
        progress.started(total, label);
        try {
            while (done < total) {
                while (launched - done < threads && launched < total) {
                    checkCancelled(label, done, total);
                    SweepCell cell = plan.cell(launched++);
                    completions.submit(() -> measure(measurement, cell));
                }
                Future<Finished> next = completions.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next == null) {
                    checkCancelled(label, done, total);
                    continue;
                }
                Finished finished = outcome(label, plan, next);
                values[finished.cell().index()] = finished.value();
                done++;
                progress.cellDone(done, total, label + "  " + finished.cell().label());
            }
            completed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepInterruptedException(label + ": interrupted", done, total);
        } finally {
            stop(pool);
            progress.finished(done, total, completed);
        }
        return SweepResult.of(label, plan, values, confidence);
    }

    private static Finished measure(CellMeasurement measurement, SweepCell cell) throws CellFailure {
        try {
            return new Finished(cell, measurement.measure(cell.width(), cell.seed()));
        } catch (Exception | Error e) {
            // Errors too (OutOfMemoryError at the largest widths): they must name their cell.
            throw new CellFailure(cell, e);
        }
    }

    private void checkCancelled(String label, int done, int total) throws SweepInterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SweepInterruptedException(label + ": interrupted", done, total);
        }
        if (cancelled.getAsBoolean()) {
            throw new SweepInterruptedException(label + ": cancelled", done, total);
        }
    }

    private static Finished outcome(String label, SweepPlan plan, Future<Finished> future)
            throws InterruptedException, SweepCellException {
        try {
            Finished finished = future.get();
            if (finished.value() == null) {
                throw new SweepCellException(label, finished.cell(), null);
            }
            return finished;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof CellFailure failure) {
                throw new SweepCellException(label, failure.cell, failure.getCause());
            }
            throw new IllegalStateException("sweep task failed outside its measurement", cause);
        }
    }

    /** Interrupts whatever still runs and waits for it, so no cell outlives {@link #run}. */
    private static void stop(ExecutorService pool) {
        pool.shutdownNow();
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory threadFactory(String label) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "sweep-" + counter.incrementAndGet() + " " + label);
            thread.setDaemon(true);
            return thread;
        };
    }

    private record Finished(SweepCell cell, PointValue value) {
    }

    /** Carries the failing cell through the executor's ExecutionException. */
    private static final class CellFailure extends Exception {
        private final transient SweepCell cell;

        CellFailure(SweepCell cell, Throwable cause) {
            super(cause);
            this.cell = cell;
        }
    }
}
