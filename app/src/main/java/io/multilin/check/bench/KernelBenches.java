package io.multilin.check.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Activation;
import io.multilin.numeric.bench.BandwidthRatio;
import io.multilin.numeric.bench.KernelBench;
import io.multilin.numeric.bench.KernelTiming;
import io.multilin.numeric.bench.StreamBandwidth;
import io.multilin.numeric.bench.Task;
import io.multilin.numeric.engine.Kernels;

/**
 * The numeric kernels as bench lines: {@code stream} (the machine's memory bandwidth, read and
 * triad, with the run's threads) and one line per kernel with its median seconds, the bytes
 * of weight-sized arrays it streams per call and, beside them, the bandwidth measured over the
 * same number of bytes alternately with the kernel's calls (so both see the same load).
 */
final class KernelBenches implements AutoCloseable {

    private final BenchOutput output;
    private final Kernels kernels;
    /** Three arrays of {@code streamLength} doubles, allocated once for every line of the run. */
    private final StreamBandwidth stream;

    KernelBenches(BenchOutput output, int threads, int streamLength) {
        if (threads < 1 || threads > 1024) {
            throw new IllegalArgumentException("--threads must be between 1 and 1024, got " + threads);
        }
        this.output = output;
        this.kernels = Kernels.withThreads(threads);
        this.stream = new StreamBandwidth(streamLength);
    }

    /** The {@code stream} line. */
    void stream(int repeats) {
        StreamBandwidth.Result r = stream.measure(kernels, 2, repeats);
        ObjectNode line = output.line("stream");
        line.put("threads", r.threads());
        line.put("array_bytes", r.arrayBytes());
        line.put("repeats", r.repeats());
        line.put("bytes_per_second", r.readBytesPerSecond());
        line.put("triad_bytes_per_second", r.triadBytesPerSecond());
        output.emit(line);
    }

    /** One kernel line, named by its task (forward, taylor, hvp, lanczos). */
    void kernel(Task task, int[] widths, Activation activation, int repeats) {
        BandwidthRatio r = new KernelBench(widths, activation, kernels).compare(task, stream, repeats);
        KernelTiming t = r.kernel();
        ObjectNode line = output.line(task.name());
        BenchOutput.putInts(line, "widths", t.widths());
        line.put("activation", t.activation());
        if (task instanceof Task.Taylor taylor) {
            line.put("order", taylor.order());
        } else if (task instanceof Task.Lanczos lanczos) {
            line.put("iterations", lanczos.iterations());
        }
        line.put("threads", t.threads());
        line.put("params", t.params());
        line.put("seconds", t.seconds());
        line.put("repeats", t.repeats());
        line.put("bytes_per_call", t.bytesPerCall());
        line.put("bytes_per_second", t.bytesPerSecond());
        line.put("bandwidth_bytes_per_second", r.bandwidthBytesPerSecond());
        line.put("share_of_bandwidth", r.ratio());
        output.emit(line);
    }

    @Override
    public void close() {
        kernels.close();
    }
}
