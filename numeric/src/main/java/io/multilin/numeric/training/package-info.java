/**
 * The numeric side of training claims (docs/TRAINING-CLAIMS.md sections 2 to 4): networks
 * trained with L2 regularization at a sweep of depths, and the bottleneck structure they learn.
 * <ul>
 *   <li>{@link io.multilin.numeric.training.TaskSpec} and
 *       {@link io.multilin.numeric.training.SyntheticTask}: a synthetic task whose target
 *       factors through R^k by construction, with the generating weights kept so that the
 *       symbolic side can derive the rank from the very same construction;</li>
 *   <li>{@link io.multilin.numeric.training.TrainingSpec} (what a claim's {@code train:}
 *       section fixes), {@link io.multilin.numeric.training.TrainableNetwork} (with biases, one
 *       flat parameter vector), {@link io.multilin.numeric.training.RegularizedLoss},
 *       {@link io.multilin.numeric.training.Optimizer},
 *       {@link io.multilin.architecture.training.TrainingSchedule} and
 *       {@link io.multilin.numeric.training.Trainer}, giving a
 *       {@link io.multilin.numeric.training.TrainingRun}; the loss is summed in fixed chunks in
 *       a fixed order, so the result does not depend on the thread count;</li>
 *   <li>{@link io.multilin.numeric.training.LearnedBottleneckExperiment}: trains every depth and
 *       measures ({@link io.multilin.numeric.training.StructureMeasurement},
 *       {@link io.multilin.numeric.training.Spectra}) the learned rank, the size of the small
 *       singular values, representation and Jacobian ranks, into a
 *       {@link io.multilin.numeric.training.LearnedStructure} of
 *       {@link io.multilin.numeric.training.DepthResult}s;
 *       {@link io.multilin.numeric.training.SeedMedian} combines seeds.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the numeric
 * half of a training claim; proofs-check passes the task's matrices to the symbolic side itself.
 * It depends only on the numeric activations, engine (seeded random streams), fit and sweep
 * progress; it must never depend on the symbolic side, proofs-check or reports.
 */
package io.multilin.numeric.training;
