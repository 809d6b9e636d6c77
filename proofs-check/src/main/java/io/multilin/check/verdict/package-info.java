/**
 * Verdicts, MATH.md section 5. Choices made where MATH.md is silent (a careful theorist's
 * reading, stricter rather than looser):
 * <ul>
 *   <li>Boundaries are as in the table: "hi &lt; -0.1" is strict, "|s - e| &lt;= tol" inclusive
 *       (with 1e-9 slack so that decimals written in claim files sit on the boundary).</li>
 *   <li>Order one and exponent e are only <em>supported</em> when the 95% interval is at most
 *       4 tol wide ({@link io.multilin.check.verdict.NumericJudge#MAX_INTERVAL_IN_TOLERANCES}):
 *       a wide interval overlaps everything. Contradiction uses the table's rule unchanged.</li>
 *   <li>Noise floor: values that fall to the floor as m grows support "vanishes", contradict
 *       "order one" and "does not vanish", and leave an exponent undecided. Support for
 *       anything but vanishing needs every width above the floor, and every fit needs at least
 *       3 widths above it. NaN/Inf anywhere makes the measurement unusable (INCONCLUSIVE).</li>
 *   <li>Taylor degree: a side's estimate is the smallest order j in 0..k+1 whose residual
 *       vanishes while that of order j-1 does not (undecidable orders elsewhere do not block
 *       the estimate); with an estimate the assertion holds on that side iff it equals k,
 *       without one the expectations on T_k and T_{k-1} decide.</li>
 *   <li>Multilinear degree with blocks = segments: supported when every within-segment Hessian
 *       block (segments of 2 or more layers) vanishes and the S-th mixed derivative across the
 *       S segments is order one, and the claim says S. If that evidence holds and the claim
 *       says B != S it is contradicted; if the evidence fails and the claim says S it is
 *       contradicted; if the evidence fails and the claim says B != S the degree cannot be
 *       estimated (undecided: INCONCLUSIVE numerically, UNSUPPORTED symbolically).</li>
 *   <li>Both sides: no symbolic rule (or no symbolic decision) gives UNSUPPORTED before
 *       anything else; then a numeric side that cannot decide gives INCONCLUSIVE; then
 *       agreement gives VERIFIED/REFUTED and disagreement DISAGREEMENT.</li>
 *   <li>A side that throws is recorded as no rule / an unusable measurement with the
 *       exception's message; it can never support an assertion.</li>
 * </ul>
 */
package io.multilin.check.verdict;
