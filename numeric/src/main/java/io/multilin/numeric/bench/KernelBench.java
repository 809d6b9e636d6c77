package io.multilin.numeric.bench;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Kernels;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.TaylorMode;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Times the engine's kernels on one network (fixed widths, NTK parameterization, linear
 * output, seeded weights, input and direction) with the caller's {@link Kernels}: median
 * seconds per call after warm-up calls, and bytes per second of weight-sized arrays streamed.
 * A CLI calls {@link #run} (one task, its own pool) or builds one bench and calls
 * {@link #time} for several tasks on the same weights, next to {@link StreamBandwidth}.
 */
public final class KernelBench {

    /** Warm-up calls before timing: enough for C2 to compile the hot loops. */
    public static final int WARMUPS = 3;
    private static final long WARMUP_NANOS = 1_000_000_000L;

    private final int[] widths;
    private final Activation activation;
    private final Kernels kernels;
    private final Network network;
    private final double[] w;
    private final double[] u;
    private final double[] x;
    private final double[] out;

    public KernelBench(int[] widths, Activation activation, Kernels kernels) {
        this.widths = widths.clone();
        this.activation = activation;
        this.kernels = kernels;
        List<Width> ws = Arrays.stream(widths).mapToObj(n -> (Width) new Width.Fixed(n)).toList();
        network = Network.of(new Architecture(ws, activation, new Parameterization.Ntk()), 1);
        w = Initialization.weights(network, 1);
        x = Initialization.inputs(network, 1, 1)[0];
        u = Initialization.unitDirection(network, 1, 0);
        out = new double[w.length];
    }

    /** Times one task on a fresh bench with a pool of {@code threads} threads. */
    public static KernelTiming run(Task task, int[] widths, Activation activation, int threads, int repeats) {
        try (Kernels kernels = Kernels.withThreads(threads)) {
            return new KernelBench(widths, activation, kernels).time(task, repeats);
        }
    }

    /** {@link #run} with 5 timed repeats. */
    public static KernelTiming run(Task task, int[] widths, Activation activation, int threads) {
        return run(task, widths, activation, threads, 5);
    }

    /** Median seconds of {@code repeats} calls of the task after at least {@link #WARMUPS} calls and 1 s. */
    public KernelTiming time(Task task, int repeats) {
        return measure(task, null, repeats).kernel();
    }

    /**
     * The task against the stream's read (dot) bandwidth, alternating per repeat a bandwidth
     * measurement over as many bytes as one call streams and one call, after the warm-up calls,
     * with this bench's kernels for both.
     */
    public BandwidthRatio compare(Task task, StreamBandwidth stream, int repeats) {
        return measure(task, stream, repeats);
    }

    /** Times the task; with a stream, a bandwidth run precedes each call (else ratio and bandwidth are NaN). */
    private BandwidthRatio measure(Task task, StreamBandwidth stream, int repeats) {
        if (repeats < 1) {
            throw new IllegalArgumentException("at least one timed repeat, not " + repeats);
        }
        DoubleSupplier call = call(task);
        double bytes = bytesPerCall(task);
        double sink = 0;
        // at least WARMUPS calls and one second: C2 compiles in the background, late on a loaded machine
        long warmUntil = System.nanoTime() + WARMUP_NANOS;
        for (int r = 0; r < WARMUPS || System.nanoTime() < warmUntil; r++) {
            sink += call.getAsDouble();
            if (stream != null) {
                stream.dotOnce(kernels, bytes);
            }
        }
        double[] seconds = new double[repeats];
        double[] bandwidth = new double[repeats];
        double[] ratio = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            bandwidth[r] = stream == null ? Double.NaN : stream.dotOnce(kernels, bytes);
            long start = System.nanoTime();
            sink += call.getAsDouble();
            seconds[r] = (System.nanoTime() - start) * 1e-9;
            ratio[r] = bytes / seconds[r] / bandwidth[r];
        }
        if (Double.isNaN(sink)) {
            throw new ArithmeticException(task.label() + " returned NaN on " + Arrays.toString(widths));
        }
        return new BandwidthRatio(timing(task, StreamBandwidth.median(seconds), repeats),
                StreamBandwidth.median(bandwidth), StreamBandwidth.median(ratio));
    }

    private KernelTiming timing(Task task, double seconds, int repeats) {
        double bytes = bytesPerCall(task);
        return new KernelTiming(task.label(), Arrays.stream(widths).boxed().toList(), activation.spelling(),
                kernels.threads(), network.layout().total(), seconds, repeats, bytes, bytes / seconds);
    }

    /** Bytes of weight-sized arrays one call of the task streams on this network. */
    public double bytesPerCall(Task task) {
        ParameterLayout layout = network.layout();
        double bytes = 0;
        for (int l = 1; l <= layout.depth(); l++) {
            bytes += 8.0 * layout.size(l) * task.passes(l);
        }
        return bytes;
    }

    /** One call of the task, returning a value that depends on its work (kept from the JIT). */
    private DoubleSupplier call(Task task) {
        if (task instanceof Task.Forward) {
            ForwardPass forward = new ForwardPass(network, kernels);
            return () -> forward.evaluate(w, x);
        }
        if (task instanceof Task.Along) {
            ForwardPass forward = new ForwardPass(network, kernels);
            return () -> forward.evaluateAlong(w, u, 0.25, x);
        }
        if (task instanceof Task.Taylor taylor) {
            TaylorMode mode = new TaylorMode(network, taylor.order(), kernels);
            return () -> mode.coefficients(w, u, x)[taylor.order()];
        }
        Derivatives derivatives = new Derivatives(network, w, x, kernels);
        if (task instanceof Task.Hvp) {
            return () -> {
                derivatives.hessianTimes(u, out);
                return out[out.length - 1];
            };
        }
        Task.Lanczos lanczos = (Task.Lanczos) task;
        // a tolerance no Ritz residual reaches: exactly the requested number of steps
        LanczosNorm.Options options = new LanczosNorm.Options(1, lanczos.iterations(), 1e-300, false);
        return () -> HessianNorms.hessian(derivatives, options).eigenvalue();
    }
}
