package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.Scale;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verdict rules of docs/TRAINING-CLAIMS.md section 5, case by case. */
class TrainingJudgeTest {

    static final double TOL = 0.15;
    static final int[] DEPTHS = {6, 9, 12, 16};

    static RankPrediction exact(int k) {
        return new RankPrediction(k, k, true, 8, List.of("bounds meet"));
    }

    /** Learned ranks per seed; the other ranks copy them; the fit as given. */
    static DepthSummary summary(int[][] ranks, Optional<Fit> fit) {
        return new DepthSummary(DEPTHS, ranks, ranks, ranks, new double[] {0.4, 0.2, 0.15, 0.1}, fit,
                fit.isPresent() ? "" : "no fit");
    }

    static Optional<Fit> fit(double s, double lo, double hi) {
        return Optional.of(new Fit(s, lo, hi, 0.9, 4, List.of(6L, 9L, 12L, 16L), 3, 0.95));
    }

    static Verdict verdict(TrainingAssertion a, List<RankPrediction> symbolic, DepthSummary s) {
        return VerdictRule.decideTraining(Mode.BOTH, Optional.of(TrainingJudge.symbolic(a, symbolic, Optional.empty(), TOL)),
                Optional.of(TrainingJudge.numeric(a, s, TOL))).verdict();
    }

    static final int[][] TWO_ABOVE = {{3, 2, 2, 2}, {2, 2, 2, 2}, {3, 3, 2, 2}};

    @Test
    void rankEqualAtEveryUpperDepthAndProvedIsVerified() {
        TrainingAssertion a = new TrainingAssertion.LearnedRank(2, 1);
        assertEquals(Verdict.VERIFIED, verdict(a, List.of(exact(2), exact(2), exact(2)), summary(TWO_ABOVE, Optional.empty())));
        SideFinding n = TrainingJudge.numeric(a, summary(TWO_ABOVE, Optional.empty()), TOL);
        assertEquals(Optional.of(2), n.degree());
        // medians over seeds: L=6 -> 3, L=9 -> 2 (lower depths shown, not deciding)
        assertTrue(n.judgement().reason().contains("L=6: 3, L=9: 2, L=12: 2, L=16: 2"), n.judgement().reason());
    }

    @Test
    void aWrongRankIsRefutedByBothSides() {
        assertEquals(Verdict.REFUTED, verdict(new TrainingAssertion.LearnedRank(3, 1), List.of(exact(2)),
                summary(TWO_ABOVE, Optional.empty())));
        assertEquals(Verdict.REFUTED, verdict(new TrainingAssertion.JacobianRank(1, 1), List.of(exact(2)),
                summary(TWO_ABOVE, Optional.empty())));
    }

    @Test
    void sidesThatContradictEachOtherGiveDisagreement() {
        int[][] three = {{3, 3, 3, 3}};
        assertEquals(Verdict.DISAGREEMENT, verdict(new TrainingAssertion.RepresentationRank(2, 1), List.of(exact(2)),
                summary(three, Optional.empty())));
    }

    @Test
    void upperDepthsThatDisagreeAreInconclusive() {
        int[][] mixed = {{2, 2, 2, 3}, {2, 2, 2, 3}};
        SideFinding n = TrainingJudge.numeric(new TrainingAssertion.LearnedRank(2, 1), summary(mixed, Optional.empty()), TOL);
        assertEquals(Outcome.UNDECIDED, n.outcome());
        assertEquals(Optional.empty(), n.degree());
        assertEquals(Verdict.INCONCLUSIVE, verdict(new TrainingAssertion.LearnedRank(2, 1), List.of(exact(2)),
                summary(mixed, Optional.empty())));
    }

    @Test
    void theMedianOverAnEvenNumberOfSeedsIsTheLowerMiddle() {
        assertEquals(2, DepthSummary.medianOverSeeds(new int[][] {{2}, {3}})[0]);
        assertEquals(3, DepthSummary.medianOverSeeds(new int[][] {{2}, {3}, {3}})[0]);
        assertEquals(List.of(2, 3), summary(TWO_ABOVE, Optional.empty()).upperDepthIndices(), "L >= 10.5");
    }

    @Test
    void anUnprovedOrSeedDependentRankIsUnsupported() {
        TrainingAssertion a = new TrainingAssertion.LearnedRank(2, 1);
        RankPrediction loose = new RankPrediction(1, 2, false, 8, List.of());
        assertEquals(Verdict.UNSUPPORTED, verdict(a, List.of(loose), summary(TWO_ABOVE, Optional.empty())));
        assertEquals(Verdict.UNSUPPORTED, verdict(a, List.of(exact(2), exact(1)), summary(TWO_ABOVE, Optional.empty())));
        assertEquals(Outcome.NO_RULE, TrainingJudge.symbolic(a, List.of(), Optional.of("Symja failed"), TOL).outcome());
    }

    @Test
    void theBoundSupportsVanishingAndLooserBoundsAndSaysNothingOfTighterOnes() {
        assertEquals(Outcome.SUPPORTS, sym(new Scale.Vanishes()));
        assertEquals(Outcome.SUPPORTS, sym(new Scale.Bound(-0.5)));
        assertEquals(Outcome.NO_RULE, sym(new Scale.Bound(-0.6)), "tighter than the bound: no tolerance enters an exact comparison");
        assertEquals(Outcome.SUPPORTS, sym(new Scale.Bound(0)));
        assertEquals(Outcome.NO_RULE, sym(new Scale.Bound(-1)));
        assertEquals(Outcome.CONTRADICTS, sym(new Scale.OrderOne()));
        assertEquals(Outcome.CONTRADICTS, sym(new Scale.DoesNotVanish()));
        assertEquals(Outcome.CONTRADICTS, sym(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.2))), "above the bound");
        assertEquals(Outcome.NO_RULE, sym(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5))), "a bound is not a rate");
        assertEquals(Outcome.NO_RULE, sym(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-1.5))));
    }

    private static Outcome sym(Scale scale) {
        return TrainingJudge.symbolic(new TrainingAssertion.SmallSingularValues(scale, 1), List.of(), Optional.empty(), TOL)
                .outcome();
    }

    private static Outcome num(Scale scale, Optional<Fit> fit) {
        return TrainingJudge.numeric(new TrainingAssertion.SmallSingularValues(scale, 1), summary(TWO_ABOVE, fit), TOL).outcome();
    }

    @Test
    void aBoundIsSupportedWhenTheWholeIntervalIsBelowItAndContradictedWhenAbove() {
        assertEquals(Outcome.SUPPORTS, num(new Scale.Bound(-0.5), fit(-1.38, -2.09, -0.67)));
        assertEquals(Outcome.SUPPORTS, num(new Scale.Bound(-0.5), fit(-1, -1.5, -0.35)), "hi on e + tol");
        assertEquals(Outcome.UNDECIDED, num(new Scale.Bound(-0.5), fit(-1.42, -3.59, 0.75)));
        assertEquals(Outcome.CONTRADICTS, num(new Scale.Bound(-0.5), fit(0.04, -0.31, 0.39)), "lo > -0.35");
    }

    @Test
    void vanishingOrderOneAndExponentFollowTheMathTable() {
        assertEquals(Outcome.SUPPORTS, num(new Scale.Vanishes(), fit(-1.38, -2.09, -0.67)));
        assertEquals(Outcome.UNDECIDED, num(new Scale.Vanishes(), fit(-1.42, -3.59, 0.75)));
        assertEquals(Outcome.CONTRADICTS, num(new Scale.Vanishes(), fit(0.04, -0.05, 0.13)));
        assertEquals(Outcome.CONTRADICTS, num(new Scale.OrderOne(), fit(-1.38, -2.09, -0.67)));
        assertEquals(Outcome.CONTRADICTS, num(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), fit(-1.38, -2.09, -0.67)), "faster than -1/2");
        assertEquals(Outcome.UNDECIDED, num(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), fit(-1.71, -2.96, -0.47)));
        assertEquals(Outcome.UNDECIDED, num(new Scale.Vanishes(), Optional.empty()), "no fit");
    }

    @Test
    void smallValuesVerdictsCombineBothSides() {
        DepthSummary falling = summary(TWO_ABOVE, fit(-1.38, -2.09, -0.67));
        assertEquals(Verdict.VERIFIED, verdict(new TrainingAssertion.SmallSingularValues(new Scale.Bound(-0.5), 1), List.of(), falling));
        assertEquals(Verdict.VERIFIED, verdict(new TrainingAssertion.SmallSingularValues(new Scale.Vanishes(), 1), List.of(), falling));
        assertEquals(Verdict.REFUTED, verdict(new TrainingAssertion.SmallSingularValues(new Scale.OrderOne(), 1), List.of(), falling));
        assertEquals(Verdict.UNSUPPORTED, verdict(new TrainingAssertion.SmallSingularValues(new Scale.Exponent(io.multilin.check.fakes.Exact.e(-0.5)), 1), List.of(),
                falling), "no rule for a tight rate, whatever the fit");
        DepthSummary wide = summary(TWO_ABOVE, fit(-1.42, -3.59, 0.75));
        assertEquals(Verdict.INCONCLUSIVE, verdict(new TrainingAssertion.SmallSingularValues(new Scale.Vanishes(), 1), List.of(), wide));
        assertEquals(Verdict.INCONCLUSIVE, verdict(new TrainingAssertion.SmallSingularValues(new Scale.OrderOne(), 1), List.of(), wide));
    }
}
