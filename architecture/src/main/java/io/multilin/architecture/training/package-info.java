/**
 * The shared vocabulary of training claims (docs/TRAINING-CLAIMS.md, section 1): what is trained
 * and how, in the one language proofs-check, the numeric trainer and the symbolic rank rule have
 * in common.
 * <ul>
 *   <li>{@link io.multilin.architecture.training.TrainingSetup}: the {@code train:} section, a
 *       generated task ({@link io.multilin.architecture.training.TaskShape}), the depths swept,
 *       the width, the weight decay, the {@link io.multilin.architecture.training.OptimizerChoice}
 *       and its {@link io.multilin.architecture.training.TrainingSchedule}, the activation and
 *       biases;</li>
 *   <li>{@link io.multilin.architecture.training.StopReason}: why one training ended, as a
 *       type, so that no reader parses it back from words.</li>
 *   <li>{@link io.multilin.architecture.training.StepSetup}: how the few gradient steps of a
 *       dynamics quantity are taken (target, rate, optimizer, the first step's rate exponent,
 *       batch; docs/DYNAMICS.md), carried by the quantities, their keys and the runs they share.</li>
 * </ul>
 * Values only, with lists rather than arrays: how to train belongs to the numeric side. Like
 * the rest of this module it depends on nothing of ours.
 */
package io.multilin.architecture.training;
