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
 */
package io.multilin.check.verdict;
