/**
 * The two sides as proofs-check sees them: ports, and the values that cross them
 * (docs/MEANING.md sections 3 and 4). This is the "symbolic | numeric" step of the pipeline
 * claim -> plan -> symbolic | numeric -> verdict -> report, seen from the checker.
 * <ul>
 *   <li>{@link io.multilin.check.sides.SymbolicSide}: the exact exponent of one quantity, a
 *       {@link io.multilin.check.sides.Prediction} (derived, with its derivation in words, or
 *       no rule with the reason: never a guess, never an exception);</li>
 *   <li>{@link io.multilin.check.sides.NumericSide}: a width sweep of one quantity under
 *       {@link io.multilin.check.sides.NumericSettings}, a
 *       {@link io.multilin.check.sides.Measurement} of
 *       {@link io.multilin.check.sides.WidthPoint}s and a
 *       {@link io.multilin.check.sides.Fit} (or why it cannot be used), the
 *       {@link io.multilin.check.sides.CellCost} of a cell before it runs, progress through
 *       {@link io.multilin.check.sides.ProgressListener};</li>
 *   <li>{@link io.multilin.check.sides.TrainingSide}: a training claim's bottleneck rank
 *       ({@link io.multilin.check.sides.RankPrediction}), its trainings
 *       ({@link io.multilin.check.sides.TrainedRun} of
 *       {@link io.multilin.check.sides.TrainedDepth}s, progress through
 *       {@link io.multilin.check.sides.TrainingProgress}) and their combination over seeds
 *       ({@link io.multilin.check.sides.DepthSummary}), gathered in
 *       {@link io.multilin.check.sides.TrainingEvidence} (docs/TRAINING-CLAIMS.md);</li>
 *   <li>{@link io.multilin.check.sides.Sides}: the three ports a run uses; the app module
 *       backs them with the symbolic and numeric modules ({@code check.sides.real.RealSides}),
 *       and tests substitute their own.</li>
 * </ul>
 * The ports are separate on purpose: this is where the symbolic and numeric modules meet,
 * because they never see each other. The package depends only on
 * {@code io.multilin.architecture} (the training setup included): no type of the numeric or
 * symbolic modules crosses a port, so everything past the ports reads shared vocabulary and
 * the values of this package. It must never depend on plans, verdicts, the run, JSON or
 * reports, and it judges nothing.
 */
package io.multilin.check.sides;
