package io.multilin.numeric.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * How many threads one kernel call (a matvec, a Taylor layer, an HVP layer) may use: the
 * caller owns it (and closes it); {@link #sequential()} runs everything on the calling thread.
 * Work is cut into a fixed number of chunks that depends only on the problem, never on the
 * thread count, and every output entry is written by the one chunk that owns it, in a fixed
 * order: results are bit-identical for any thread count. Threads claim chunks dynamically (a
 * shared machine stalls threads unevenly), which changes who computes a chunk, not what it
 * computes.
 */
public final class Kernels implements AutoCloseable {

    /** Below this many weight entries a layer is not split: the dispatch would cost more. */
    static final int PARALLEL_THRESHOLD = 1 << 15;

    private static final Kernels SEQUENTIAL = new Kernels(1);

    private final int threads;
    /** Null when sequential; threads - 1 workers, the caller being the last thread. */
    private final ExecutorService pool;

    private Kernels(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("a kernel needs at least one thread, not " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads - 1, runnable -> {
            Thread t = new Thread(runnable, "multilin-kernel");
            t.setDaemon(true);
            return t;
        });
    }

    /** Everything on the calling thread (the default of every kernel); closing it does nothing. */
    public static Kernels sequential() {
        return SEQUENTIAL;
    }

    /** A pool of {@code threads} threads (the caller counts as one); close it when done. */
    public static Kernels withThreads(int threads) {
        return threads == 1 ? SEQUENTIAL : new Kernels(threads);
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body.accept(c)} for every chunk c in 0..chunks-1, each exactly once, and
     * returns when all are done. Bodies must write disjoint outputs.
     */
    public void forEachChunk(int chunks, IntConsumer body) {
        if (pool == null || chunks <= 1) {
            for (int c = 0; c < chunks; c++) {
                body.accept(c);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(chunks);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                try {
                    if (failure.get() == null) {
                        body.accept(c);
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.countDown();
                }
            }
        };
        int helpers = Math.min(threads, chunks) - 1;
        for (int t = 0; t < helpers; t++) {
            pool.execute(worker);
        }
        // The caller works too and then waits only for chunks already claimed: on a loaded
        // machine a helper that has not been scheduled yet finds nothing left and costs nothing.
        worker.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a kernel chunk", e);
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException("a kernel chunk failed", t);
        }
    }

    /** Whether a layer of this many weight entries is worth splitting (a hint; results do not depend on it). */
    boolean splits(long entries) {
        return pool != null && entries >= PARALLEL_THRESHOLD;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdown();
        }
    }

    @Override
    public String toString() {
        return "Kernels[threads=" + threads + "]";
    }
}
