/**
 * Plans (docs/MEANING.md section 2, docs/VERDICTS.md section 1): every assertion of a claim
 * compiled into expectations on quantities, the step claim -> plan of the pipeline
 * claim -> plan -> symbolic | numeric -> verdict -> report.
 * <ul>
 *   <li>{@link io.multilin.check.plan.Planner}: compiles a
 *       {@link io.multilin.check.claim.Claim} into a {@link io.multilin.check.plan.Plan}, one
 *       {@link io.multilin.check.plan.AssertionPlan} per assertion (for example, a Taylor degree
 *       k expects the residual of order k to vanish and that of order k-1 not to; a multilinear
 *       degree expects every segment's own Hessian block to vanish and the mixed derivative
 *       across the segments to be of order one);</li>
 *   <li>{@link io.multilin.check.plan.Expectation}: one
 *       {@link io.multilin.architecture.Quantity} and the
 *       {@link io.multilin.check.plan.Property} expected of it (an exact exponent, order one,
 *       vanishes, does not vanish).</li>
 * </ul>
 * A plan names each distinct quantity once, so that the symbolic side derives it and the
 * numeric side measures it once however many assertions share it. The package depends on
 * {@code io.multilin.architecture} and {@code io.multilin.check.claim} only: it must never
 * depend on the symbolic or numeric side, on verdicts or on reports, because what is to be
 * checked is fixed before anything is derived or measured.
 */
package io.multilin.check.plan;
