package io.multilin.bench;

import java.util.Arrays;

/** Median wall time of repeated calls after warm-up calls (the JIT compiles the hot loops first). */
final class Timer {

    private Timer() {
    }

    static double medianSeconds(int warmups, int repeats, Runnable task) {
        for (int i = 0; i < warmups; i++) {
            task.run();
        }
        double[] seconds = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            long start = System.nanoTime();
            task.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[repeats / 2];
    }
}
