/**
 * The ports of {@link io.multilin.check.sides} backed by the real modules: where predictions,
 * sweeps and trainings are asked of the symbolic and the numeric module.
 * <ul>
 *   <li>{@link io.multilin.check.sides.real.SymbolicAdapter}: predictions from the symbolic
 *       module's width-exponent rules ({@link io.multilin.symbolic.scaling}), one analysis per
 *       architecture, "no rule" passed on as such;</li>
 *   <li>{@link io.multilin.check.sides.real.NumericAdapter}: width sweeps of the ball estimates
 *       ({@link io.multilin.numeric.ball}) run by {@link io.multilin.numeric.sweep}, turned into
 *       measurements, with the cost of a cell estimated before it runs. Finished cells are
 *       remembered in memory ({@code CachedCells}, so a sweep repeated with more seeds measures
 *       only the new ones) and, with a cache folder, on disk ({@code DiskCells}: atomic files
 *       with a checksum, filed by {@code SweepKey} under a {@code CodeFingerprint} of the numeric
 *       code, so that a stopped run resumes and a new build never reads an old cell);</li>
 *   <li>{@link io.multilin.check.sides.real.TrainingAdapter}: trainings from
 *       {@link io.multilin.numeric.training} and the bottleneck rank from
 *       {@link io.multilin.symbolic.rank}, on the very same generated task
 *       (docs/TRAINING-CLAIMS.md sections 2 and 5).</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report these adapters carry
 * out the middle step. The symbolic and numeric adapters each talk to one module; the training
 * adapter talks to both but hands the symbolic side only plain arrays (the generated task's
 * matrices), so the symbolic and numeric modules still never see each other.
 * {@link io.multilin.check.sides.real.RealSides} assembles the three. The package lives in the
 * app module, the only one that depends on both sides (proofs-check depends on neither, so
 * nothing past the ports can reach a side's types), and must never depend on plans, verdicts,
 * the run, JSON or reports.
 */
package io.multilin.check.sides.real;
