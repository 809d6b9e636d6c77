/**
 * Suprema over the ball {@code B(w0, R)} (docs/MEANING.md sections 2 and 4), one cell (m, seed) at a
 * time, behind {@link io.multilin.numeric.ball.QuantityMeasurer#forQuantity}, with the cost of
 * a cell estimated beforehand by {@link io.multilin.numeric.ball.QuantityMeasurer#cost}.
 *
 * <p>Choices docs/MEANING.md leaves open, written down here:
 * <ul>
 *   <li>The cell's fixed input is the first seeded input; the tangent kernel uses the first n.
 *       The one-step batch is that single input. The dynamics quantities (feature, output and
 *       loss change after t steps, {@code DynamicsMeasure}) take full-batch steps on the first
 *       n <= 8 seeded inputs (n = 1: the fixed input, the values of a single-input run to the
 *       bit), their changes the RMS over the batch; their steps ({@code StepSetting} around the
 *       quantity's {@code StepSetup}: target, eta, optimizer, the first step's exponent k, step 1
 *       at {@code m^k} times the later rates, and the batch) are what a check's runs are shared
 *       by ({@code TrajectoryRuns}).</li>
 *   <li>Probes, in priority order (a later probe replaces an earlier one only when it is larger
 *       by more than its own noise floor, so ties keep the more meaningful name): the gradient;
 *       for linear networks the rank-one chains of every group of the relevant size (exact
 *       maximizers of that group of terms, Lanczos budget bounded, see
 *       {@code BoundedChainDirections}); the top Hessian eigenvector at w0; for nonlinear
 *       networks top singular pairs of the adjacent layer blocks and of (1, L); seeded random
 *       directions. Ball points are {@code w0 +- R u}; the Taylor residual also samples
 *       {@code t R u} for t in {1/4, 1/2, 3/4, 1}. Hessian norms and blocks probe the chains of
 *       the pairs that make them up (every pair; a diagonal block: the pairs inside it) before
 *       the top vector and the random direction.</li>
 *   <li>Every listed probe is evaluated and named in {@code PointValue.evaluated}; the only
 *       budget is {@code ProbeCatalog.MAX_CHAIN_GROUPS} = 128 chain groups per list (the
 *       library's networks list at most 70), and the groups beyond it are named in
 *       {@code PointValue.dropped}: the value is then a lower bound.</li>
 *   <li>Eigen- and singular values (Hessian norms and blocks) run Lanczos to a relative Ritz
 *       residual of 1e-3 within 160 iterations ({@code LanczosBudget}); one that does not
 *       converge, at any point, makes {@code PointValue.converged} false. Probe directions
 *       (eigenvectors, chains) use a smaller budget: any direction gives a lower bound of the
 *       supremum. Exception, exact rather than iterative: a block whose two sides a layer of
 *       width k <= 4 separates (every layer of one side at or below it, of the other above it)
 *       has rank at most k, and its norm comes from the k x k Grams of its factors through
 *       that layer ({@code engine.SeparatedBlock}, 2k tangent passes, converged by
 *       construction); its probe direction (the singular vectors) still comes from Lanczos, so
 *       the probe list is the same.</li>
 *   <li>Ascent: projected gradient ascent on the sphere for the Taylor residual of order
 *       k <= 2 (exact gradient: one backward pass and, for k = 2, one HVP per step) and for
 *       the kernel change ({@code 2 s sum_i q_i H_i sum_j q_j g_j}, n HVPs per step). None for
 *       k >= 3 (it would need third-order jets of the gradient) nor for Hessian norms (third
 *       derivatives).</li>
 *   <li>Memory: a cell holds one weight-sized array, w0 ({@code BallCell}). Probe directions
 *       are {@code RowSource}s of the engine (the gradient and the chains as rank-one factors
 *       per layer, eigen- and singular vectors in range coordinates plus their null part's
 *       Gaussian streamed again, random directions streamed from their seed); a ball point
 *       where derivatives are needed is formed in w0's own array and w0 is restored exactly by
 *       regenerating the moved layers from the seed; line values are swept for all points at
 *       once ({@code LineForward}), or, for polynomial networks, read off the exact line
 *       polynomial. Peak: the weights plus O(widths) ({@code BallCellMemoryTest}), where the
 *       former cell held up to n + 9 weight-sized arrays. Exception: a dynamics cell's
 *       trajectory moves its own copy of w0 and may hold its gradient, a batch's accumulator and
 *       Adam's moments (up to six weight-sized arrays; {@code CellCostTest} checks the estimate
 *       against the heap).</li>
 *   <li>Floors: {@code 64 eps sqrt(n_max) L} relative to the size of the terms of the computed
 *       difference (see {@code Precision}); finite-difference error estimates are added for
 *       relu; init scales use {@code 16 * Double.MIN_NORMAL} since an RMS is not a
 *       cancellation.</li>
 * </ul>
 */
package io.multilin.numeric.ball;
