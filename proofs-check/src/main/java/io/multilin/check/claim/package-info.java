/**
 * Claim files (docs/CLAIMS.md; the {@code train:} section: docs/TRAINING-CLAIMS.md
 * section 1): reading them, with every error found, into validated values. This is the first
 * step of the pipeline claim -> plan -> symbolic | numeric -> verdict -> report.
 * <ul>
 *   <li>{@link io.multilin.check.claim.ClaimParser}: reads a file into a
 *       {@link io.multilin.check.claim.ParsedClaim}, either a
 *       {@link io.multilin.check.claim.Claim} or every
 *       {@link io.multilin.check.claim.ClaimError} with its line, key and what was expected.
 *       YAML is only composed into nodes, never constructed into objects, so nothing in a file
 *       is evaluated;</li>
 *   <li>{@link io.multilin.check.claim.Claim}: the sealed family of claims, a
 *       {@link io.multilin.check.claim.NetworkClaim} (an
 *       {@link io.multilin.architecture.Architecture}, the ball radius, the tolerance, an
 *       optional {@link io.multilin.check.claim.SweepOverride}) or a
 *       {@link io.multilin.check.claim.TrainingClaim} (a
 *       {@link io.multilin.check.claim.Training} section instead of a network), taken apart
 *       through {@code Claim.Cases};</li>
 *   <li>{@link io.multilin.check.claim.Assertion}: the {@code assert} entries, each with its
 *       line, in two sealed families with a visitor each
 *       ({@link io.multilin.check.claim.NetworkAssertion},
 *       {@link io.multilin.check.claim.TrainingAssertion}); their keys in claim files live in
 *       {@link io.multilin.check.claim.AssertionKind} alone; scaling assertions carry a
 *       {@link io.multilin.check.claim.Scale};
 *       {@link io.multilin.check.claim.Numbers} reads decimals and fractions exactly
 *       ({@code -0.5} is {@code -1/2}, docs/VERDICTS.md section 2);</li>
 *   <li>{@link io.multilin.check.claim.ClaimYaml}: the reverse, a network claim written as a
 *       claim file, so that generated claims can be saved and read again.</li>
 * </ul>
 * It depends on {@code io.multilin.architecture} alone (training claims: its
 * {@code training} package), never on either side. It must never depend on the plan, the
 * verdicts, the run or the reports: a claim says what is asserted, not how it is checked.
 */
package io.multilin.check.claim;
