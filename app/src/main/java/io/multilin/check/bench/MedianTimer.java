package io.multilin.check.bench;

import java.util.Arrays;

/**
 * Median wall time of repeated runs after warm-up runs. Warm-ups let the JIT compile the hot
 * loops first; the median, not the mean, so that one run slowed by a garbage collection or by
 * another process does not move the figure.
 *
 * @param warmups runs whose time is discarded
 * @param repeats timed runs, at least 1
 */
record MedianTimer(int warmups, int repeats) {

    /** What a task returns so that the JIT cannot drop its work as unused. */
    @FunctionalInterface
    interface Work {
        Object run() throws InterruptedException;
    }

    /** One measurement: the median and the fastest run, in seconds, and the last result. */
    record Timing(double medianSeconds, double minSeconds, int repeats, Object lastResult) {
    }

    MedianTimer {
        if (warmups < 0 || repeats < 1) {
            throw new IllegalArgumentException("need warmups >= 0 and repeats >= 1, got " + warmups + ", " + repeats);
        }
    }

    Timing time(Work work) throws InterruptedException {
        Object result = null;
        for (int i = 0; i < warmups; i++) {
            result = work.run();
            stopIfInterrupted();
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            result = work.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
            stopIfInterrupted();
        }
        Arrays.sort(seconds);
        double median = repeats % 2 == 1 ? seconds[repeats / 2] : (seconds[repeats / 2 - 1] + seconds[repeats / 2]) / 2;
        return new Timing(median, seconds[0], repeats, result);
    }

    private static void stopIfInterrupted() throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("benchmark interrupted");
        }
    }
}
