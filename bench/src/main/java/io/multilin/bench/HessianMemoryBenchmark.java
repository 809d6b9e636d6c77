package io.multilin.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.SymmetricOperator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Memory and time of one Hessian-norm point (the ball measurement's Lanczos: 20 iterations,
 * relative Ritz residual 1e-6, no vector) and of the init probe (30 iterations, with the
 * full-space eigenvector) on the network of {@code multilin bench} and bench_torch.py (ntk tanh, widths
 * [16, m, m, m, m, m, 1]), by the range-coordinate path of {@link HessianNorms} and by Lanczos
 * on dense weight-sized vectors (the previous implementation, rebuilt here from the public
 * HVP). Extra memory of a call = the bytes this thread allocates during it (an upper bound on
 * what it can hold at once, whatever the GC does); the peak of the heap pools during the call
 * less the heap in use after GC before it is printed next to it. The computation is
 * single-threaded. Run with a heap that fits the dense path (java -Xmx3g at m = 4096).
 *
 * <p>Two more rows per width measure what a ball cell holds (docs/MEANING.md section 4): the
 * init probe's eigenvector as rows ({@link HessianNorms#hessianRows}, never weight-sized), and
 * one Hessian-norm ball point as a cell evaluates it: w0 moved in place along that eigenvector
 * ({@link Rows#addTo}), the derivatives and Lanczos at the point with the measured-value budget
 * (160 iterations, residual 1e-3), w0 restored from the seed ({@link Initialization#refill}).
 * For these the peak of the heap pools is printed as a total (w0 included) over the weights: the
 * cell's bound is 1.5x the weights plus width-sized vectors. Paths whose weight-sized vectors
 * cannot fit the maximum heap (the dense one at m = 8192) are skipped; widths above 4096 run
 * once instead of three times.
 */
public final class HessianMemoryBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int REPEATS = 3;

    private record Task(String name, LanczosNorm.Options options) {
    }

    private record Path(String name, Function<Derivatives, Function<LanczosNorm.Options, Object>> run) {
    }

    private record Measured(long allocated, long peakExtra, long heapBefore, double seconds, Object result) {
    }

    /** The measured-value Lanczos budget of a ball cell (LanczosBudget.VALUES in the ball package). */
    private static final LanczosNorm.Options CELL_VALUE = new LanczosNorm.Options(1, 160, 1e-3, false);

    private HessianMemoryBenchmark() {
    }

    public static void main(String[] args) {
        int[] widths = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {4096};
        List<Task> tasks = List.of(
                new Task("hessian_point", new LanczosNorm.Options(1, 20, 1e-6, false)),
                new Task("hessian_probe_vector", new LanczosNorm.Options(1, 30, 1e-6, true)));
        List<Path> paths = List.of(
                new Path("range", d -> o -> HessianNorms.hessian(d, o)),
                new Path("dense", d -> o -> dense(d, o)));
        warmUp(paths, tasks);
        System.out.println("tool,path,task,width,depth,iterations,norm,weight_bytes,heap_after_gc_bytes,"
                + "allocated_bytes,peak_heap_extra_bytes,total_over_weights,seconds_median,repeats");
        for (int m : widths) {
            Network network = network(m);
            double[] w = Initialization.weights(network, 1);
            double[] x = Initialization.inputs(network, 1, 1)[0];
            Derivatives derivatives = new Derivatives(network, w, x);
            long weightBytes = 8L * w.length;
            int repeats = m > 4096 ? 1 : REPEATS;
            for (Task task : tasks) {
                for (Path path : paths) {
                    boolean denseVectors = path.name().equals("dense") || task.options().wantVector();
                    if (denseVectors && 3 * weightBytes > Runtime.getRuntime().maxMemory() - weightBytes) {
                        System.err.printf(Locale.ROOT, "%s %s at m=%d: skipped, its weight-sized vectors do not fit%n",
                                path.name(), task.name(), m);
                        continue;
                    }
                    try {
                        row(path, task, m, network.depth(), derivatives, weightBytes, repeats);
                    } catch (OutOfMemoryError e) {
                        System.err.printf(Locale.ROOT, "%s %s at m=%d: out of heap%n", path.name(), task.name(), m);
                    }
                }
            }
            cellRows(network, w, x, weightBytes);
        }
    }

    /**
     * The rows of the init probe and one ball point of a Hessian-norm cell, as the cell runs
     * them, with the peak of the heap (w0 included) over the weights.
     */
    private static void cellRows(Network network, double[] w, double[] x, long weightBytes) {
        int m = (int) network.m();
        heapAfterGc();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        Derivatives atInit = new Derivatives(network, w, x);
        HessianNorms.HessianRows top = HessianNorms.hessianRows(atInit, new LanczosNorm.Options(1, 30, 1e-6, true));
        double probeSeconds = (System.nanoTime() - start) / 1e9;
        long probePeak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        print("rows", "hessian_probe_rows", m, network.depth(), top.value(), weightBytes, probePeak, probeSeconds);
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        start = System.nanoTime();
        Rows.addTo(top.vector(), 1.0, w, network.layout());
        LanczosNorm.Result point = HessianNorms.hessian(new Derivatives(network, w, x), CELL_VALUE);
        for (int l = 1; l <= network.depth(); l++) {
            Initialization.refill(network, 1, l, w);
        }
        double pointSeconds = (System.nanoTime() - start) / 1e9;
        long pointPeak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        print("cell", "hessian_ball_point", m, network.depth(), point, weightBytes, pointPeak, pointSeconds);
    }

    private static void print(String path, String task, int m, int depth, LanczosNorm.Result result, long weightBytes,
                              long peakTotal, double seconds) {
        System.out.printf(Locale.ROOT, "multilin-java,%s,%s,%d,%d,%d,%.12g,%d,%d,%d,%d,%.4f,%.4g,%d%n", path, task, m,
                depth, result.iterations(), result.magnitude(), weightBytes, peakTotal, -1, peakTotal - weightBytes,
                (double) peakTotal / weightBytes, seconds, 1);
        System.out.printf(Locale.ROOT, "# %s at m=%d: heap peak %.3f GB = %.4f x the weights (%.3f GB); bound 1.5 x"
                        + " weights + 300 MB = %.3f GB; converged %s in %d iterations%n", task, m, peakTotal / 1e9,
                (double) peakTotal / weightBytes, weightBytes / 1e9, (1.5 * weightBytes + 300e6) / 1e9,
                result.converged(), result.iterations());
    }

    private static void row(Path path, Task task, int m, int depth, Derivatives derivatives, long weightBytes,
                            int repeats) {
        Function<LanczosNorm.Options, Object> run = path.run().apply(derivatives);
        double[] seconds = new double[repeats];
        Measured first = null;
        for (int r = 0; r < repeats; r++) {
            Measured measured = measure(run, task.options());
            seconds[r] = measured.seconds();
            if (first == null) {
                first = measured;
            }
        }
        Arrays.sort(seconds);
        int iterations;
        double norm;
        if (first.result() instanceof LanczosNorm.Result result) {
            iterations = result.iterations();
            norm = result.magnitude();
        } else {
            throw new IllegalStateException("unexpected result " + first.result());
        }
        double ratio = (double) (weightBytes + first.allocated()) / weightBytes;
        System.out.printf(Locale.ROOT, "multilin-java,%s,%s,%d,%d,%d,%.12g,%d,%d,%d,%d,%.4f,%.4g,%d%n", path.name(),
                task.name(), m, depth, iterations, norm, weightBytes, first.heapBefore(), first.allocated(),
                first.peakExtra(), ratio, seconds[repeats / 2], repeats);
    }

    private static Measured measure(Function<LanczosNorm.Options, Object> run, LanczosNorm.Options options) {
        long heapBefore = heapAfterGc();
        List<MemoryPoolMXBean> pools = heapPools();
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        Object result = run.apply(options);
        double seconds = (System.nanoTime() - start) / 1e9;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Measured(allocated, peak - heapBefore, heapBefore, seconds, result);
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }

    /** The previous implementation: Lanczos on vectors of all P weights. */
    private static LanczosNorm.Result dense(Derivatives d, LanczosNorm.Options options) {
        ParameterLayout layout = d.network().layout();
        int[] offsets = new int[layout.depth() + 1];
        offsets[0] = -1;
        for (int l = 1; l <= layout.depth(); l++) {
            offsets[l] = layout.offset(l);
        }
        SymmetricOperator op = new SymmetricOperator() {
            @Override public int dimension() { return layout.total(); }
            @Override public void apply(double[] in, double[] out, double beta) {
                d.hessianTimes(in, offsets, out, offsets, beta);
            }
        };
        return LanczosNorm.largestMagnitude(op, options);
    }

    /** Both paths at a small width first, so that the measured calls run compiled code. */
    private static void warmUp(List<Path> paths, List<Task> tasks) {
        Network small = network(256);
        Derivatives d = new Derivatives(small, Initialization.weights(small, 2), Initialization.inputs(small, 2, 1)[0]);
        for (int i = 0; i < 3; i++) {
            for (Path path : paths) {
                for (Task task : tasks) {
                    path.run().apply(d).apply(task.options());
                }
            }
        }
    }

    static Network network(long m) {
        List<Width> ws = new ArrayList<>();
        ws.add(new Width.Fixed(16));
        for (int i = 0; i < 5; i++) {
            ws.add(Width.parse("m"));
        }
        ws.add(new Width.Fixed(1));
        return Network.of(new Architecture(ws, new Activation.Tanh(), new Parameterization.Ntk()), m);
    }
}
