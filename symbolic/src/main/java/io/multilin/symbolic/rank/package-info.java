/**
 * The symbolic side of training claims (docs/TRAINING-CLAIMS.md sections 2 and 5): the
 * bottleneck rank of a synthetic task's target, derived exactly from its expression.
 * <ul>
 *   <li>{@link io.multilin.symbolic.rank.TaskSpec}: the task's generating construction, a
 *       latent z, the target {@code y = H2 tanh(H1 (z_1..z_k))} and optionally the input map
 *       {@code x = G2 tanh(G1 z)}, each double weight taken as the exact rational it
 *       represents;</li>
 *   <li>{@link io.multilin.symbolic.rank.BottleneckRank}: the smallest r such that y factors
 *       through R^r, between a lower bound (the exact {@code MatrixRank} of the Jacobian at
 *       z = 0) and an upper bound (the latent coordinates y depends on, and its output
 *       dimension); proved when they meet, both reported otherwise, with the derivation in
 *       words for reports.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the symbolic
 * half of a training claim: proofs-check hands it the matrices the numeric side generated and
 * compares its rank with the learned ranks. It takes plain {@code double[][]} on purpose, so
 * that it never depends on the numeric side ({@code io.multilin.numeric.training}), nor on
 * proofs-check or reports.
 */
package io.multilin.symbolic.rank;
