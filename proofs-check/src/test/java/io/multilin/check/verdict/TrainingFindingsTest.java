package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.check.claim.Scale;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Each side's finding on a training claim (docs/TRAINING-CLAIMS.md section 5) where its reason
 * is the product: which rank a rank assertion reads, what the reasons show, and the edge of the
 * bound O(L^-1/2) with tol = 0.15 (a claimed O(L^-1/2) is supported when hi <= -0.35 and
 * contradicted when lo > -0.35). Depths 6, 9, 12, 16: the upper depths are L >= 10.5.
 */
class TrainingFindingsTest {

    private static final double TOL = 0.15;
    private static final int[] DEPTHS = {6, 9, 12, 16};

    private static DepthSummary ranks(int[][] learned, int[][] representation, int[][] jacobian) {
        return new DepthSummary(DEPTHS, learned, representation, jacobian, new double[] {0.4, 0.2, 0.15, 0.1},
                Optional.empty(), "no fit");
    }

    private static DepthSummary rest(Fit fit) {
        int[][] two = {{2, 2, 2, 2}};
        return new DepthSummary(DEPTHS, two, two, two, new double[] {0.4, 0.2, 0.15, 0.1}, Optional.of(fit), "");
    }

    private static Fit fit(double s, double lo, double hi) {
        return new Fit(s, lo, hi, 0.9, 4, List.of(6L, 9L, 12L, 16L), 3, 0.95);
    }

    private static RankPrediction exact(int k) {
        return new RankPrediction(k, k, true, 8, List.of("bounds meet"));
    }

    @Test
    void eachRankAssertionReadsItsOwnRanks() {
        // learned 2, representation 3, Jacobian 4 at every depth, one seed
        DepthSummary s = ranks(new int[][] {{2, 2, 2, 2}}, new int[][] {{3, 3, 3, 3}}, new int[][] {{4, 4, 4, 4}});
        SideFinding learned = TrainingJudge.numeric(new TrainingAssertion.LearnedRank(2, 1), s, TOL);
        assertEquals(Outcome.SUPPORTS, learned.outcome());
        assertEquals(Optional.of(2), learned.degree());
        SideFinding representation = TrainingJudge.numeric(new TrainingAssertion.RepresentationRank(3, 1), s, TOL);
        assertEquals(Outcome.SUPPORTS, representation.outcome());
        assertEquals(Optional.of(3), representation.degree());
        SideFinding jacobian = TrainingJudge.numeric(new TrainingAssertion.JacobianRank(4, 1), s, TOL);
        assertEquals(Outcome.SUPPORTS, jacobian.outcome());
        assertEquals(Optional.of(4), jacobian.degree());
        assertEquals(Outcome.CONTRADICTS, TrainingJudge.numeric(new TrainingAssertion.JacobianRank(2, 1), s, TOL).outcome());
    }

    @Test
    void theNumericReasonListsTheMediansAndTheSeeds() {
        DepthSummary one = ranks(new int[][] {{3, 2, 2, 2}}, new int[][] {{3, 2, 2, 2}}, new int[][] {{3, 2, 2, 2}});
        assertEquals("learned rank (median over 1 seed) L=6: 3, L=9: 2, L=12: 2, L=16: 2; upper depths L >= 12: 2 at"
                        + " every upper depth",
                TrainingJudge.numeric(new TrainingAssertion.LearnedRank(2, 1), one, TOL).judgement().reason());
        int[][] two = {{2, 2, 2, 2}, {2, 2, 2, 2}};
        assertEquals("jacobian rank (median over 2 seeds) L=6: 2, L=9: 2, L=12: 2, L=16: 2; upper depths L >= 12: 2 at"
                        + " every upper depth, claimed 1",
                TrainingJudge.numeric(new TrainingAssertion.JacobianRank(1, 1), ranks(two, two, two), TOL).judgement().reason());
    }

    @Test
    void theSymbolicReasonSaysWhatWasProved() {
        TrainingAssertion two = new TrainingAssertion.LearnedRank(2, 1);
        assertEquals("bottleneck rank of the target 2 (proved: bounds meet)",
                TrainingJudge.symbolic(two, List.of(exact(2)), Optional.empty(), TOL).judgement().reason());
        assertEquals("bottleneck rank of the target 2 (proved: bounds meet, every seed's task)",
                TrainingJudge.symbolic(two, List.of(exact(2), exact(2)), Optional.empty(), TOL).judgement().reason());
        assertEquals("the seeds' tasks have different bottleneck ranks: 2, 1",
                TrainingJudge.symbolic(two, List.of(exact(2), exact(1)), Optional.empty(), TOL).judgement().reason());
        assertEquals("no bottleneck rank derived: Symja failed",
                TrainingJudge.symbolic(two, List.of(), Optional.of("Symja failed"), TOL).judgement().reason());
        assertEquals("no bottleneck rank derived",
                TrainingJudge.symbolic(two, List.of(), Optional.empty(), TOL).judgement().reason());
    }

    @Test
    void aBoundIsContradictedOnlyWhenLoIsAboveItsTolerance() {
        TrainingAssertion bound = new TrainingAssertion.SmallSingularValues(new Scale.Bound(-0.5), 1);
        // lo = -0.35 = -1/2 + tol sits on the limit: the interval contains it, undecided
        SideFinding edge = TrainingJudge.numeric(bound, rest(fit(-0.3, -0.35, -0.25)), TOL);
        assertEquals(Outcome.UNDECIDED, edge.outcome());
        assertEquals("RMS rest of the middle layers against L: slope -0.3 [-0.35, -0.25], cannot decide O(L^-0.5)"
                + " (interval contains -0.35); more depths or seeds needed", edge.judgement().reason());
        SideFinding above = TrainingJudge.numeric(bound, rest(fit(-0.3, -0.3499, -0.25)), TOL);
        assertEquals(Outcome.CONTRADICTS, above.outcome());
        assertEquals("RMS rest of the middle layers against L: slope -0.3 [-0.35, -0.25], decays slower than L^-0.5"
                + " (lo > -0.35)", above.judgement().reason());
        // hi = -0.35 on the limit supports; -0.3499 no longer does
        assertEquals(Outcome.SUPPORTS, TrainingJudge.numeric(bound, rest(fit(-0.5, -0.6, -0.35)), TOL).outcome());
        assertEquals(Outcome.UNDECIDED, TrainingJudge.numeric(bound, rest(fit(-0.5, -0.6, -0.3499)), TOL).outcome());
    }

    @Test
    void orderOneOfTheRestIsJudgedAsOrderOneNotAsNotVanishing() {
        // [-0.2, 0.2] around 0: order one (|s| <= tol, lo > -0.25); "does not vanish" needs lo > -0.1
        Fit flat = fit(0.0, -0.2, 0.2);
        assertEquals(Outcome.SUPPORTS, TrainingJudge.numeric(new TrainingAssertion.SmallSingularValues(new Scale.OrderOne(), 1),
                rest(flat), TOL).outcome());
        SideFinding notVanishing = TrainingJudge.numeric(
                new TrainingAssertion.SmallSingularValues(new Scale.DoesNotVanish(), 1), rest(flat), TOL);
        assertEquals(Outcome.UNDECIDED, notVanishing.outcome());
        // the advice names depths, the variable of this sweep
        assertEquals("RMS rest of the middle layers against L: slope 0 [-0.2, 0.2], cannot decide whether it vanishes;"
                + " more seeds or depths needed", notVanishing.judgement().reason());
        // growing with depth: not order one, but not vanishing either
        Fit grows = fit(0.5, 0.4, 0.6);
        assertEquals(Outcome.CONTRADICTS, TrainingJudge.numeric(new TrainingAssertion.SmallSingularValues(new Scale.OrderOne(), 1),
                rest(grows), TOL).outcome());
        assertEquals(Outcome.SUPPORTS, TrainingJudge.numeric(
                new TrainingAssertion.SmallSingularValues(new Scale.DoesNotVanish(), 1), rest(grows), TOL).outcome());
    }
}
