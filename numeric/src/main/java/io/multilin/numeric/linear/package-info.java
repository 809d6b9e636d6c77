/**
 * Exact suprema for linear networks (docs/MEANING.md section 4, probe directions; the
 * chain supremum of section 3 evaluated on a concrete network).
 *
 * <p>{@link io.multilin.numeric.linear.ChainSupremum} takes one group S of perturbed layers of
 * a linear network and returns, as a {@link io.multilin.numeric.linear.ChainSupremum.Probe},
 * the supremum of the group-S term of {@code f_1(w0 + D)} over the ball and the rank-one chain
 * direction that attains it: the product of the output and input norms and of the operator
 * norms of the init products between perturbed layers. Operator norms come from Lanczos on
 * products applied as chains of matrix-vector products (the package-private {@code Chains}),
 * never from a formed product matrix, so wide layers stay cheap.
 *
 * <p>In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this serves the
 * numeric side: the ball measurements ({@link io.multilin.numeric.ball}) use these chains as
 * probes, so that for a linear network each group's supremum is attained exactly, not searched
 * for. It depends on the numeric engine and activations only; it must
 * never depend on the symbolic side (it recomputes the same supremum numerically, which is
 * what makes the comparison a check), nor on proofs-check or reports.
 */
package io.multilin.numeric.linear;
