/**
 * Measured values and slope fits (docs/MEANING.md section 4, width sweeps and slopes;
 * docs/VERDICTS.md section 4).
 * <ul>
 *   <li>{@link io.multilin.numeric.fit.PointValue}: one measurement at one (width, seed) cell,
 *       with its noise floor, the probe that attained it, every probe evaluated, those dropped
 *       by a budget and whether its eigenvalues converged; NaN and infinities are carried, not
 *       hidden;</li>
 *   <li>{@link io.multilin.numeric.fit.SlopeEstimate}: the width exponent over several seeds,
 *       each seed fitted on its own and the interval taken over the seeds' slopes, because the
 *       widths of one seed are nested and correlated while seeds are independent;</li>
 *   <li>{@link io.multilin.numeric.fit.Confidence}: the level of that interval, a value because
 *       repeated looks at a sweep each get a higher level;</li>
 *   <li>{@link io.multilin.numeric.fit.LogLogFit}: a plain least-squares log-log fit of one
 *       series (e.g. one value per depth in training claims, docs/TRAINING-CLAIMS.md section 4),
 *       not for width sweeps.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report these are what the
 * numeric side hands on: proofs-check's verdict rules read the slopes and intervals and judge
 * them against the derived exponent. The package depends on nothing of ours beyond the JDK and
 * commons-math3; it must never depend on the symbolic side, proofs-check or reports, and it
 * holds no tolerance: agreeing or contradicting is the verdict's business.
 */
package io.multilin.numeric.fit;
