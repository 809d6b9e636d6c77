/**
 * Throughput of the engine's kernels against this machine's memory bandwidth.
 * {@link io.multilin.numeric.bench.StreamBandwidth} measures the bandwidth (STREAM-like dot
 * and triad) in the running JVM; {@link io.multilin.numeric.bench.KernelBench} times forward,
 * forward along a line, Taylor mode, HVP and a fixed-length Lanczos Hessian norm and reports
 * the bytes of weight-sized arrays each call streams; {@code KernelBench.compare} alternates
 * the two so that a loaded machine slows both alike. Launch with
 * {@code --add-modules jdk.incubator.vector} to time the SIMD row kernels (same results).
 * Timings belong here and in the bench module, never in unit tests.
 */
package io.multilin.numeric.bench;
