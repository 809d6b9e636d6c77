package io.multilin.numeric.training;

import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.sweep.SweepProgress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Issue 5: train the networks of a {@link TrainingSpec} at every depth, measure the learned
 * bottleneck structure and fit the size of the small singular values against depth. The data
 * come from (seed); each depth's initialization from (seed, depth, layer); the loss is summed
 * in fixed chunks, so the result does not depend on {@code threads}.
 */
public final class LearnedBottleneckExperiment {

    /** Progress ticks per depth (one "cell" of the progress bar is 1/TICKS of a training). */
    static final int TICKS = 50;

    private LearnedBottleneckExperiment() {
    }

    public static LearnedStructure run(TrainingSpec spec, long seed, int threads, SweepProgress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        SweepProgress listener = progress == null ? SweepProgress.NONE : progress;
        long start = System.nanoTime();
        SyntheticTask task = SyntheticTask.generate(spec.task(), seed);
        int[] depths = spec.depths();
        int total = depths.length * TICKS;
        listener.started(total, "learned bottleneck");
        ExecutorService pool = threads > 1 ? Executors.newFixedThreadPool(threads, daemon()) : null;
        List<DepthResult> results = new ArrayList<>();
        boolean completed = false;
        try {
            for (int d = 0; d < depths.length; d++) {
                int depth = depths[d];
                int base = d * TICKS;
                int maxSteps = spec.schedule().maxSteps();
                int[] shown = {0};
                String label = "L=" + depth;
                TrainableNetwork network = spec.network(depth);
                double[] theta = network.initialParameters(seed);
                RegularizedLoss loss = new RegularizedLoss(network, task, spec.weightDecay());
                TrainingRun run = Trainer.train(loss, theta, spec.optimizer(), spec.schedule(), pool, step -> {
                    int tick = (int) ((long) step * TICKS / maxSteps);
                    while (shown[0] < tick) {
                        shown[0]++;
                        listener.cellDone(base + shown[0], total, label);
                    }
                });
                results.add(StructureMeasurement.measure(network, task, run));
                while (shown[0] < TICKS) {
                    shown[0]++;
                    listener.cellDone(base + shown[0], total, label);
                }
            }
            completed = true;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
            listener.finished(completed ? total : results.size() * TICKS, total, completed);
        }
        Optional<LogLogFit> fit = Optional.empty();
        String note = "";
        List<double[]> points = new ArrayList<>();
        for (DepthResult r : results) {
            if (r.restNormRms() > 0) {
                points.add(new double[] {r.depth(), r.restNormRms()});
            }
        }
        if (points.size() >= LogLogFit.MIN_POINTS) {
            double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
            fit = Optional.of(LogLogFit.of(x, y));
        } else {
            note = points.size() + " depths with a positive rest norm; a fit needs " + LogLogFit.MIN_POINTS;
        }
        return new LearnedStructure(spec, seed, task, List.copyOf(results), fit, note,
                (System.nanoTime() - start) / 1e9);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "multilin-train");
            t.setDaemon(true);
            return t;
        };
    }
}
