/**
 * Claims as tests: a public API through which a test suite (the project's own, or a user's,
 * as in examples/claims-as-tests in the repository) runs claims and fails on anything but
 * VERIFIED, with the verdict's reason (docs/VERDICTS.md; quick sweeps: its section 5).
 * <ul>
 *   <li>{@link io.multilin.check.testing.ClaimTests}: one
 *       {@link io.multilin.check.testing.ClaimCase} per claim file of a folder;
 *       {@link io.multilin.check.testing.ClaimCase#check()} throws an {@link AssertionError}
 *       naming each failing assertion;</li>
 *   <li>{@link io.multilin.check.testing.ClaimTestOptions}: which sides, and an optional
 *       smaller sweep replacing every claim's own (its verdicts are then labelled quick
 *       checks);</li>
 *   <li>{@link io.multilin.check.testing.NetworkAssert}: fluent assertions about one
 *       architecture, each decided exactly as a one-assertion claim file would be (symbolic by
 *       default, both sides with
 *       {@link io.multilin.check.testing.NetworkAssert#measuredToo}).</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is another
 * front end beside the CLI: it runs claim -> plan -> symbolic | numeric -> verdict through
 * {@link io.multilin.check.run.ClaimChecker} and {@link io.multilin.check.sides.Sides} and
 * stops at the verdict, with no report, against the real sides
 * ({@link io.multilin.check.sides.real.RealSides}). It lives in the app module, the one that sees
 * both sides; a user's test suite depends on {@code multilin-app}. Its signatures use JDK types
 * and the tool's own, never a test framework's, so nothing needs one at compile scope; it must
 * never depend on the CLI, the JSON or the reports.
 */
package io.multilin.check.testing;
