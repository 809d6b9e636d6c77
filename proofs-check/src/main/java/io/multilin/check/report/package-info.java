/**
 * The bridge from verdicts to the neutral reports module: a run's results translated into a
 * {@link io.multilin.reports.model.Report} and written as LaTeX (and PDF) and Markdown. This is
 * the step verdict -> report of the pipeline claim -> plan -> symbolic | numeric -> verdict ->
 * report.
 * <ul>
 *   <li>{@link io.multilin.check.report.ReportRequest}: what a report is built from (results
 *       with their evidence, claim-file errors, {@link io.multilin.check.report.RunMetadata});</li>
 *   <li>{@link io.multilin.check.report.ReportBuilder}: the summary table (VERIFIED to
 *       {@code PASS}, REFUTED to {@code FAIL}, and so on), the errors and one section per claim:
 *       the network, the exact expansion of a small instance (linear networks), predictions
 *       against measurements ({@link io.multilin.check.report.AssertionCells}), the derivation
 *       of every prediction, a log-log plot per measured quantity with the predicted slope
 *       beside the fitted one ({@code QuantityPlot}), except that a dynamics assertion is one
 *       plot of several series ({@code DynamicsPlot}: a feature or output change's steps, a
 *       regime's layers at its last step), the reasons; before the claims, a coordinate-check
 *       figure of every claim's regime plot side by side; training claims get their own section
 *       (docs/TRAINING-CLAIMS.md section 5);</li>
 *   <li>{@code QuantityMath}: the math form of every quantity (a {@code Quantity.Cases}, so a
 *       new quantity without one does not compile) and of exponents; {@code NotationMath}:
 *       derivation steps ({@code architecture.notation.Step}) as report text with math, and
 *       verdict reasons, which are Steps too ({@code VerdictReason}: kind, claimed value,
 *       verdict, reason); {@code ClaimedMath}: a claimed value as a referee reads it (a claimed
 *       exponent as the power of m, the words of every other property), where the console and
 *       the JSON keep the claim-file spelling;</li>
 *   <li>{@link io.multilin.check.report.ReportSink} and
 *       {@link io.multilin.check.report.ModuleReportSink} (chosen through
 *       {@link io.multilin.check.report.ReportSinks}): write the files the
 *       {@link io.multilin.check.report.ReportOptions} ask for, with the reports module's
 *       renderers.</li>
 * </ul>
 * All knowledge of claims and verdicts stays on this side of the bridge: the reports module
 * gets text with math, tables, formulas and plots and knows nothing of claims. The JSON
 * ({@code check.json}) keeps the plain-text labels, derivation lines and reasons
 * ({@code Step.plain()}). The package reads
 * claims, plans, sides, verdicts, training results and the run's sweep settings, and computes
 * the small instance's expansion with {@link io.multilin.symbolic.exact} (for its LaTeX only);
 * it never derives an exponent, measures or judges anything, and must never depend on the CLI
 * or the JSON.
 */
package io.multilin.check.report;
