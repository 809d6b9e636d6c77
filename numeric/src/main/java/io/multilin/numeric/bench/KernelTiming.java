package io.multilin.numeric.bench;

import java.util.List;

/**
 * One kernel timed on one network: the median seconds per call over {@code repeats} timed
 * calls after warm-up, P, the bytes of weight-sized arrays one call streams (see
 * {@link Task#passes}) and the resulting bytes per second.
 */
public record KernelTiming(String task, List<Integer> widths, String activation, int threads, long params,
                           double seconds, int repeats, double bytesPerCall, double bytesPerSecond) {

    public KernelTiming {
        widths = List.copyOf(widths);
    }

    /** This kernel's throughput as a fraction of a measured bandwidth (bytes per second). */
    public double fractionOf(double bandwidth) {
        return bytesPerSecond / bandwidth;
    }
}
