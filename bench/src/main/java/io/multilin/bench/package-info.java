/**
 * Stand-alone benchmarks of the symbolic and numeric modules (bench/README.md,
 * bench/CALIBRATION.md), each a {@code main} run by {@code bench/run-java.sh} and never by the
 * tests. They measure the tool; they check no claim. The kernels and the exact expansion are
 * timed by the command itself ({@code multilin bench}, in {@code io.multilin.check.bench});
 * what stays here needs a process of its own (a heap sized for one case) or a long run.
 * <ul>
 *   <li>{@link io.multilin.bench.HessianMemoryBenchmark}: memory and time of one Hessian-norm
 *       point and of a ball point as a cell runs it;</li>
 *   <li>{@link io.multilin.bench.TrainingBenchmark}: seconds per training step of the training
 *       claims' networks (docs/TRAINING-CLAIMS.md), the task of bench/bench_train_torch.py;</li>
 *   <li>{@link io.multilin.bench.CalibrationBenchmark}: how often the slope interval covers a
 *       known exponent (docs/MEANING.md section 4), against the former median-fit interval.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report these stand beside
 * the two sides, not in the pipeline: no claim, plan or verdict is involved (proofs-check's
 * {@code multilin bench sweep} times whole claims' sweeps). The
 * module depends on the symbolic and numeric modules, but each benchmark exercises one of them
 * alone and passes nothing from one to the other; it must never depend on proofs-check or
 * reports, and nothing depends on it.
 */
package io.multilin.bench;
