/**
 * Running a check (docs/VERDICTS.md sections 3 to 5; training claims: docs/TRAINING-CLAIMS.md):
 * the orchestration of the whole pipeline claim -> plan -> symbolic | numeric -> verdict, one
 * claim after another, up to the results a report is built from.
 * <ul>
 *   <li>{@link io.multilin.check.run.CheckRun}: expands the arguments
 *       ({@link io.multilin.check.run.ClaimFiles}), parses every file collecting all errors and
 *       checks the valid claims in order; an interrupt stops the run and keeps what was
 *       finished;</li>
 *   <li>{@link io.multilin.check.run.ClaimChecker}: one claim: plan it, derive each distinct
 *       quantity, measure it until the measurement decides, judge every assertion into a
 *       {@link io.multilin.check.verdict.ClaimResult}; a side that throws is a failed
 *       prediction or measurement of that quantity, never support. Training claims go through
 *       the package-private {@code TrainingCheck};</li>
 *   <li>the package-private {@code DecisiveSweep}: more seeds (3, 6, 12, 24), then widths raised
 *       x4 and x16 when a cell is estimated to fit the memory and time budget, each look at a
 *       higher level ({@link io.multilin.check.run.LookLevels});</li>
 *   <li>{@link io.multilin.check.run.SweepContract} (at least 5 widths over 16x, starting at
 *       8 times the widest bottleneck; below it a verdict is a quick check),
 *       {@link io.multilin.check.run.SweepDefaults} (run-wide sweep settings and memory
 *       budget), {@link io.multilin.check.run.ClaimTimeout} (a claim's wall-time limit, told
 *       apart from Ctrl-C).</li>
 * </ul>
 * It depends on the claim, plan, sides and verdict packages; the sides are reached only
 * through their ports, so the run never calls the symbolic or numeric module itself (training
 * results pass through it as the port's values). Each kind of claim has its own
 * {@code KindCheck}, chosen by {@link io.multilin.check.run.ClaimChecker} through
 * {@code Claim.Cases}. It must never depend on JSON, reports or the CLI: results
 * go out through a callback, and rendering them is someone else's business.
 */
package io.multilin.check.run;
