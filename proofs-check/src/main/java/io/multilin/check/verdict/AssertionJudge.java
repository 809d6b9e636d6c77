package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Expectation;
import io.multilin.check.plan.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

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
        return plan.assertion().accept(new NetworkAssertion.Cases<>() {
            @Override
            public SideFinding multilinearDegree(NetworkAssertion.MultilinearDegree a) {
                return multilinear(a.degree(), segments, all);
            }

            @Override
            public SideFinding taylorDegree(NetworkAssertion.TaylorDegree a) {
                return taylor(a, plan, judge, all);
            }

            @Override
            public SideFinding linear(NetworkAssertion.Linear a) {
                return yesNo(all, holds -> Boolean.toString(a.linear() == holds));
            }

            @Override
            public SideFinding stationaryAtInit(NetworkAssertion.StationaryAtInit a) {
                return yesNo(all, holds -> Boolean.toString(a.stationary() == holds));
            }

            @Override
            public SideFinding tangentKernel(NetworkAssertion.TangentKernel a) {
                return yesNo(all, holds -> a.constant() == holds ? "constant" : "varies");
            }

            @Override
            public SideFinding hessianNorm(NetworkAssertion.HessianNorm a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding hessianBlock(NetworkAssertion.HessianBlock a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding initScale(NetworkAssertion.InitScale a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding oneStepChange(NetworkAssertion.OneStepChange a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding featureChange(NetworkAssertion.FeatureChange a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding outputChange(NetworkAssertion.OutputChange a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding lossChange(NetworkAssertion.LossChange a) {
                return SideFinding.of(all);
            }

            @Override
            public SideFinding regime(NetworkAssertion.Regime a) {
                return RegimeFinding.find(a, plan, judge);
            }
        });
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
    private static SideFinding taylor(NetworkAssertion.TaylorDegree taylor, AssertionPlan plan,
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

    /**
     * A yes/no assertion's finding with the value the side found, as spelled in claim files
     * ({@code value.apply(holds)}); none while the outcome is open.
     */
    private static SideFinding yesNo(Judgement all, Function<Boolean, String> value) {
        Outcome outcome = all.outcome();
        Optional<String> found = outcome == Outcome.SUPPORTS || outcome == Outcome.CONTRADICTS
                ? Optional.of(value.apply(outcome == Outcome.SUPPORTS)) : Optional.empty();
        return new SideFinding(all, Optional.empty(), found);
    }

    private static Step join(List<Judgement> judgements) {
        return Step.join("; ", judgements.stream().map(Judgement::because).toList());
    }

    /** The quantity an exponent-valued assertion is about: its last expectation's. */
    public static Quantity primaryQuantity(List<Expectation> expectations) {
        if (expectations.isEmpty()) {
            throw new IllegalArgumentException("an assertion without expectations is about no quantity");
        }
        return expectations.get(expectations.size() - 1).quantity();
    }
}
