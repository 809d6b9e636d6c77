/**
 * Verdicts (the project's docs/VERDICTS.md states them in full). The symbolic side derives
 * exact exponents; {@link io.multilin.check.verdict.SymbolicJudge} compares the claim with the
 * derivation exactly (no tolerance); {@link io.multilin.check.verdict.DerivationCheck} says
 * whether a width sweep agrees with, contradicts or cannot tell the derived exponent (the
 * tolerance belongs here only); {@link io.multilin.check.verdict.VerdictRule} joins them:
 * VERIFIED when every check agrees and the claim equals the derivation, REFUTED when every
 * check agrees and the claim differs, DISAGREEMENT when a check contradicts, INCONCLUSIVE when
 * one cannot tell, UNSUPPORTED without a rule. {@link io.multilin.check.verdict.NumericJudge}
 * compares the claim with a measurement by the tolerance: the verdict of {@code --only numeric}
 * (labelled so) and, in both-sides mode, only the remark whether the measurement alone excludes
 * a refuted claim. {@link io.multilin.check.verdict.Scope} keeps quick and one-sided verdicts
 * from being printed plain.
 *
 * <p>Every reason ({@link io.multilin.check.verdict.Judgement}, {@link
 * io.multilin.check.verdict.DerivationCheck}, {@link io.multilin.check.verdict.VerdictRule.Decision},
 * {@link io.multilin.check.verdict.AssertionResult}) is an {@code architecture.notation.Step}:
 * words, with the quantities, powers of m, slopes and their intervals, levels, thresholds and
 * tolerances as math ({@link io.multilin.check.verdict.ReasonMath}). Its {@code reason()} is the
 * plain text the console and the JSON print; the report typesets the same Step. A reason is
 * composed from the Steps of the findings it rests on, never by editing their text.
 */
package io.multilin.check.verdict;
