/**
 * {@code multilin bench}: the tool's own performance, measured in one process and printed as
 * JSON lines (one object per measurement, each with a {@code "task"} key), so that a script can
 * put them beside the same tasks run by PyTorch, JAX and SymPy (bench/ in the repository).
 *
 * <p>Tasks: {@code expand} (the exact expansion of a linear network and its degrees per layer
 * and segment), the numeric kernels ({@code forward}, {@code taylor}, {@code hvp},
 * {@code lanczos}, next to the machine's memory bandwidth measured by {@code stream} in the same
 * run), {@code trajectory} (the gradient steps of a dynamics claim, a muP coordinate check, with
 * the losses and per-layer feature changes that the Python peers check against), and
 * {@code sweep} (the cells of a claim's sweeps, width by width, with their time, their
 * peak heap and the estimate the sweep planner priced them at). Times are medians of repeated
 * in-process runs after warm-up runs, so that the JIT has compiled the loops being timed.
 */
package io.multilin.check.bench;
