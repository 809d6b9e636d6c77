package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Assertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Expectation;
import io.multilin.check.plan.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Combines one side's judgements of the expectations of an assertion into that side's finding,
 * including the degree estimates of docs/VERDICTS.md.
 */
public final class AssertionJudge {

    private AssertionJudge() {
    }

    /**
     * @param judge the side's judgement of a (quantity, property) pair
     * @param segments number of segments of the network (for multilinear degree)
     */
    public static SideFinding find(AssertionPlan plan, BiFunction<Quantity, Property, Judgement> judge, int segments) {
        List<Judgement> judgements = plan.expectations().stream()
                .map(e -> judge.apply(e.quantity(), e.property())).toList();
        Judgement all = conjunction(judgements);
        Assertion assertion = plan.assertion();
        if (assertion instanceof Assertion.TaylorDegree taylor) {
            return taylor(taylor, plan, judge, all);
        }
        if (assertion instanceof Assertion.MultilinearDegree multilinear) {
            return multilinear(multilinear.degree(), segments, all);
        }
        Optional<String> value = yesNo(assertion, all.outcome());
        return new SideFinding(all, Optional.empty(), value);
    }

    /**
     * All hold: SUPPORTS. One that fails falsifies the conjunction whatever the others say, so
     * CONTRADICTS comes before a missing rule or an undecided one.
     */
    static Judgement conjunction(List<Judgement> judgements) {
        for (Outcome outcome : List.of(Outcome.CONTRADICTS, Outcome.NO_RULE, Outcome.UNDECIDED)) {
            List<Judgement> matching = judgements.stream().filter(j -> j.outcome() == outcome).toList();
            if (!matching.isEmpty()) {
                return new Judgement(outcome, join(matching));
            }
        }
        return Judgement.supports(join(judgements));
    }

    /**
     * The estimate is the smallest order j whose residual vanishes while the residual of order
     * j-1 does not (docs/VERDICTS.md); orders that cannot be decided are skipped rather than
     * stopping the search, since only the pair (j-1, j) matters.
     */
    private static SideFinding taylor(Assertion.TaylorDegree taylor, AssertionPlan plan,
                                      BiFunction<Quantity, Property, Judgement> judge, Judgement all) {
        List<Judgement> vanishes = new ArrayList<>();
        for (Quantity quantity : plan.estimationQuantities()) {
            vanishes.add(judge.apply(quantity, new Property.Vanishes()));
        }
        Optional<Integer> estimate = Optional.empty();
        for (int j = 0; j < vanishes.size() && estimate.isEmpty(); j++) {
            boolean below = j == 0 || vanishes.get(j - 1).outcome() == Outcome.CONTRADICTS;
            if (below && vanishes.get(j).outcome() == Outcome.SUPPORTS) {
                estimate = Optional.of(((Quantity.TaylorResidual) plan.estimationQuantities().get(j)).order());
            }
        }
        if (all.outcome() == Outcome.NO_RULE || estimate.isEmpty()) {
            return new SideFinding(all, estimate, Optional.empty());
        }
        int k = taylor.degree();
        int found = estimate.get();
        if (found == k) {
            return new SideFinding(Judgement.supports("Taylor degree " + k + ": ", all.because()), estimate,
                    Optional.empty());
        }
        Step evidence = join(vanishes.subList(Math.max(0, found - 1), found + 1));
        return new SideFinding(Judgement.contradicts("Taylor degree " + found + ", claimed " + k + ": ", evidence),
                estimate, Optional.empty());
    }

    private static SideFinding multilinear(int claimed, int segments, Judgement all) {
        switch (all.outcome()) {
            case SUPPORTS:
                Judgement judgement = claimed == segments
                        ? Judgement.supports("multilinear degree " + segments + " (blocks = segments): ", all.because())
                        : Judgement.contradicts("multilinear degree " + segments + " (blocks = segments), claimed "
                                + claimed + ": ", all.because());
                return new SideFinding(judgement, Optional.of(segments), Optional.empty());
            case CONTRADICTS:
                if (claimed == segments) {
                    return SideFinding.of(Judgement.contradicts("the " + segments + " segments are not affine blocks"
                            + " of degree " + segments + ": ", all.because()));
                }
                return SideFinding.of(Judgement.undecided("the multilinear degree could not be estimated (the "
                        + segments + " segments are not the blocks): ", all.because()));
            default:
                return SideFinding.of(all);
        }
    }

    /** The value a side measures for a yes/no assertion, as spelled in claim files. */
    private static Optional<String> yesNo(Assertion assertion, Outcome outcome) {
        if (outcome != Outcome.SUPPORTS && outcome != Outcome.CONTRADICTS) {
            return Optional.empty();
        }
        boolean holds = outcome == Outcome.SUPPORTS;
        if (assertion instanceof Assertion.Linear l) {
            return Optional.of(Boolean.toString(l.linear() == holds));
        }
        if (assertion instanceof Assertion.StationaryAtInit s) {
            return Optional.of(Boolean.toString(s.stationary() == holds));
        }
        if (assertion instanceof Assertion.TangentKernel k) {
            return Optional.of(k.constant() == holds ? "constant" : "varies");
        }
        return Optional.empty();
    }

    private static Step join(List<Judgement> judgements) {
        return Step.join("; ", judgements.stream().map(Judgement::because).toList());
    }

    /** Expectations of a plan, for callers that want the first (primary) quantity. */
    public static Quantity primaryQuantity(AssertionPlan plan) {
        List<Expectation> expectations = plan.expectations();
        return expectations.get(expectations.size() - 1).quantity();
    }
}
