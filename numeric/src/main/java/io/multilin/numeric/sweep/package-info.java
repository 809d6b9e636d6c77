/**
 * Width sweeps (docs/MEANING.md section 4, width sweeps and slopes; docs/VERDICTS.md sections 4
 * and 5): running one measurement over every (width, seed) cell and summarizing the values into
 * a slope with an interval over the seeds.
 * <ul>
 *   <li>{@link io.multilin.numeric.sweep.SweepPlan}: which cells are measured; a seed depends on
 *       (base seed, seed index) only, so it is the same random network at every width;</li>
 *   <li>{@link io.multilin.numeric.sweep.WidthSweep}: runs a
 *       {@link io.multilin.numeric.sweep.CellMeasurement} over the plan's
 *       {@link io.multilin.numeric.sweep.SweepCell}s on a fixed number of threads, at most that
 *       many cells in flight, with the same result whatever the thread count; it stops cleanly
 *       on cancellation ({@link io.multilin.numeric.sweep.SweepInterruptedException}) or on a
 *       failing cell ({@link io.multilin.numeric.sweep.SweepCellException}, naming it);</li>
 *   <li>{@link io.multilin.numeric.sweep.SweepResult}: per-width
 *       {@link io.multilin.numeric.sweep.WidthSummary} values, the widths fitted and those left
 *       out with the reason, whether the values fall to the noise floor, and the first NaN or
 *       infinite cell, which makes the result invalid rather than hidden;</li>
 *   <li>{@link io.multilin.numeric.sweep.SweepProgress} and
 *       {@link io.multilin.numeric.sweep.ProgressBar}: progress on stderr;
 *       {@link io.multilin.numeric.sweep.CoverageCheck}: calibration of the slope interval on
 *       quantities with a known exponent.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the numeric
 * side's outer loop: proofs-check chooses the plan and the measurement (from
 * {@link io.multilin.numeric.ball}) and judges the result. It depends on
 * {@code io.multilin.numeric.fit}; it must never depend on the symbolic side, proofs-check or
 * reports, and it decides nothing: agreement with a derived exponent is the verdict's business.
 */
package io.multilin.numeric.sweep;
