package io.multilin.numeric.bench;

/**
 * A kernel's throughput against the memory bandwidth measured in the same run: the two are
 * timed alternately (one bandwidth run, one kernel call, per repeat) so that both see the same
 * load on a shared machine, and {@code ratio} is the median of the per-repeat ratios.
 */
public record BandwidthRatio(KernelTiming kernel, double bandwidthBytesPerSecond, double ratio) {
}
