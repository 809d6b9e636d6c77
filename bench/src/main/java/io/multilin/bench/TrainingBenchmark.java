package io.multilin.bench;

import io.multilin.numeric.activation.Relu;
import io.multilin.numeric.training.Optimizer;
import io.multilin.numeric.training.RegularizedLoss;
import io.multilin.numeric.training.SyntheticTask;
import io.multilin.numeric.training.TaskSpec;
import io.multilin.numeric.training.TrainableNetwork;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Full-batch training steps of the Jacot claims' networks (relu, biases, width 50, N = 128,
 * 20 inputs, 6 outputs, weight decay 0.02, Adam): seconds per step (gradient of the regularized
 * loss over all samples, then one Adam update), depths 6, 12, 20, two threads as in
 * {@code ./multilin check --threads 2}. The same task as bench_train_torch.py. CSV on stdout.
 */
public final class TrainingBenchmark {

    static final int WIDTH = 50;
    static final int STEPS = 100;

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        int[] depths = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {6, 12, 20};
        System.out.println("tool,task,width,depth,seconds_median,repeats");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int depth : depths) {
                SyntheticTask data = SyntheticTask.generate(TaskSpec.jacotExample(128), 20240601L);
                TrainableNetwork network = TrainableNetwork.deep(20, WIDTH, 6, depth, new Relu(), true);
                RegularizedLoss loss = new RegularizedLoss(network, data, 0.02);
                double[] theta = network.initialParameters(20240601L);
                double[] grad = new double[theta.length];
                Optimizer.Stepper adam = Optimizer.Adam.DEFAULT.stepper(theta.length);
                double perRun = Timer.medianSeconds(1, 3, () -> {
                    for (int s = 0; s < STEPS; s++) {
                        loss.evaluate(theta, grad, pool);
                        adam.step(theta, grad, 0.003);
                    }
                });
                System.out.printf(Locale.ROOT, "multilin-java,adam_step,%d,%d,%.6g,3%n", WIDTH, depth, perRun / STEPS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
