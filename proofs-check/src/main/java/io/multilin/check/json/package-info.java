/**
 * The {@code --json} output (docs/CLAIMS.md, the JSON; training claims:
 * docs/TRAINING-CLAIMS.md section 5): every claim's verdicts with the predictions and
 * measurements behind them, complete enough to rebuild a report from.
 *
 * <p>{@link io.multilin.check.json.JsonReport} writes one
 * {@link io.multilin.check.report.ReportRequest} (the run's results, the claim-file errors and
 * the run's facts) as a JSON document. Package-private helpers write its parts: the claimed
 * value of an assertion as the claim file spelled it ({@code ClaimedJson}), the symbolic
 * derivation and the numeric sweep of each quantity, probes and fits included
 * ({@code EvidenceJson}), and the train section, per-seed derivations and runs of training
 * claims ({@code TrainingJson}).
 *
 * <p>In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the
 * machine-readable report, beside the LaTeX and Markdown ones. It reads the claim, sides
 * (training results included, as the port's values) and verdict values and the request type of
 * {@link io.multilin.check.report}; it must never depend on the run or the CLI, nor call
 * either side: it writes what was decided, it decides nothing. It is not the reports module's
 * neutral JSON dump ({@link io.multilin.reports.render.JsonRenderer}).
 */
package io.multilin.check.json;
