package io.multilin.numeric.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code C(theta) = (1/N) sum_s ||f(x_s) - y_s||^2 + lambda ||theta||^2} and its gradient.
 * The data are split into fixed chunks of {@link #CHUNK} samples; each chunk's gradient goes to
 * its own buffer and the buffers are summed in chunk order, so the result is bit-for-bit the
 * same whether the chunks ran on one thread or many.
 */
public final class RegularizedLoss {

    /** Samples per chunk: fixed, never derived from the thread count. */
    public static final int CHUNK = 32;

    private final TrainableNetwork network;
    private final SyntheticTask data;
    private final double weightDecay;
    private final int chunks;
    private final BatchedPass[] passes;
    private final double[][] chunkGradients;
    private final double[] chunkErrors;

    public RegularizedLoss(TrainableNetwork network, SyntheticTask data, double weightDecay) {
        if (network.width(0) != data.inputDim() || network.width(network.depth()) != data.outputDim()) {
            throw new IllegalArgumentException("network widths do not match the task's input/output dimensions");
        }
        if (!(weightDecay >= 0) || Double.isInfinite(weightDecay)) {
            throw new IllegalArgumentException("weight decay must be a finite number >= 0, got " + weightDecay);
        }
        this.network = network;
        this.data = data;
        this.weightDecay = weightDecay;
        this.chunks = (data.samples() + CHUNK - 1) / CHUNK;
        passes = new BatchedPass[chunks];
        chunkGradients = new double[chunks][];
        chunkErrors = new double[chunks];
        for (int c = 0; c < chunks; c++) {
            passes[c] = new BatchedPass(network, CHUNK);
            chunkGradients[c] = new double[network.total()];
        }
    }

    public double weightDecay() { return weightDecay; }

    /** The value of C and its gradient, written to {@code grad}; {@code pool} may be null. */
    public Value evaluate(double[] theta, double[] grad, ExecutorService pool) {
        runChunks(theta, pool);
        int n = data.samples();
        double sse = 0;
        java.util.Arrays.fill(grad, 0.0);
        for (int c = 0; c < chunks; c++) {
            sse += chunkErrors[c];
            double[] gc = chunkGradients[c];
            for (int i = 0; i < grad.length; i++) {
                grad[i] += gc[i];
            }
        }
        double squaredNorm = 0;
        for (int i = 0; i < grad.length; i++) {
            grad[i] = grad[i] / n + 2 * weightDecay * theta[i];
            squaredNorm += theta[i] * theta[i];
        }
        double fit = sse / n;
        return new Value(fit + weightDecay * squaredNorm, fit, squaredNorm);
    }

    private void runChunks(double[] theta, ExecutorService pool) {
        int n = data.samples();
        if (pool == null || chunks == 1) {
            for (int c = 0; c < chunks; c++) {
                runChunk(theta, c, n);
            }
            return;
        }
        List<Callable<Void>> tasks = new ArrayList<>(chunks);
        for (int c = 0; c < chunks; c++) {
            int chunk = c;
            tasks.add(() -> {
                runChunk(theta, chunk, n);
                return null;
            });
        }
        try {
            for (Future<Void> f : pool.invokeAll(tasks)) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("training interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a chunk of the loss failed: " + e.getCause(), e.getCause());
        }
    }

    private void runChunk(double[] theta, int c, int n) {
        int start = c * CHUNK;
        int count = Math.min(CHUNK, n - start);
        chunkErrors[c] = passes[c].squaredErrorAndGradient(theta, data.inputs(), data.targets(), start, count,
                chunkGradients[c]);
    }

    /**
     * @param regularized  {@code C(theta)}
     * @param fit          the mean squared error part
     * @param squaredNorm  {@code ||theta||^2}
     */
    public record Value(double regularized, double fit, double squaredNorm) {
    }
}
