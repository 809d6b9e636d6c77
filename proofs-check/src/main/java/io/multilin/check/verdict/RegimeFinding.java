package io.multilin.check.verdict;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.DynamicsRegime;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.plan.AssertionPlan;
import io.multilin.check.plan.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * One side's regime (docs/DYNAMICS.md section 2), from the class of every layer's feature
 * change at every claimed step: vanishes (p &lt; 0), order one (p = 0) or grows (p &gt; 0), each
 * read from the side's judgement of "vanishes" and "order one". One growing change makes the
 * regime unstable whatever the others; otherwise every class must be known: the last hidden
 * layer moving by order one at every step is feature learning; vanishing at every step, with
 * the output (layer L) moving by order one, lazy; with the output vanishing too, trivial; any
 * other pattern is none of these, and contradicts every claimed regime.
 */
final class RegimeFinding {

    private enum Size { VANISHES, ORDER_ONE, GROWS }

    /** The estimate shown when the changes fit none of the regimes. */
    static final String NONE = "none";

    private RegimeFinding() {
    }

    static SideFinding find(NetworkAssertion.Regime regime, AssertionPlan plan,
                            BiFunction<Quantity, Property, Judgement> judge) {
        GradientSteps s = regime.steps();
        int depth = plan.estimationQuantities().size() / s.steps().size();
        List<List<Optional<Size>>> sizes = new ArrayList<>();
        List<Judgement> open = new ArrayList<>();
        List<Step> reasons = new ArrayList<>();
        Optional<Step> growing = Optional.empty();
        for (int layer = 1; layer <= depth; layer++) {
            List<Optional<Size>> row = new ArrayList<>();
            for (int t : s.steps()) {
                Quantity q = s.featureChange(layer, t);
                if (!plan.estimationQuantities().contains(q)) {
                    throw new IllegalStateException("the regime's plan does not list " + q.key());
                }
                Judgement vanishes = judge.apply(q, new Property.Vanishes());
                Judgement orderOne = judge.apply(q, new Property.OrderOne());
                Optional<Size> size = size(vanishes, orderOne);
                row.add(size);
                if (size.isEmpty()) {
                    open.add(vanishes.outcome() == Outcome.CONTRADICTS ? orderOne : vanishes);
                } else {
                    Judgement shown = size.get() == Size.ORDER_ONE ? orderOne : vanishes;
                    reasons.add(shown.because());
                    if (size.get() == Size.GROWS && growing.isEmpty()) {
                        growing = Optional.of(Step.of(ReasonMath.quantity(q), " grows (", vanishes.because(), "; ",
                                orderOne.because(), ")"));
                    }
                }
            }
            sizes.add(row);
        }
        if (growing.isPresent()) {
            return decided(regime, Optional.of(DynamicsRegime.UNSTABLE), growing.get());
        }
        if (!open.isEmpty()) {
            boolean noRule = open.stream().anyMatch(j -> j.outcome() == Outcome.NO_RULE);
            Step why = Step.of("the regime needs every layer's feature change: ", Step.join("; ",
                    open.stream().map(Judgement::because).toList()));
            return SideFinding.of(noRule ? Judgement.noRule(why) : Judgement.undecided(why));
        }
        return decided(regime, classify(sizes.get(depth - 2), sizes.get(depth - 1)), Step.join("; ", reasons));
    }

    /** The class of one change, when both judgements are decided. */
    private static Optional<Size> size(Judgement vanishes, Judgement orderOne) {
        if (vanishes.outcome() == Outcome.SUPPORTS) {
            return Optional.of(Size.VANISHES);
        }
        if (orderOne.outcome() == Outcome.SUPPORTS) {
            return Optional.of(Size.ORDER_ONE);
        }
        if (vanishes.outcome() == Outcome.CONTRADICTS && orderOne.outcome() == Outcome.CONTRADICTS) {
            return Optional.of(Size.GROWS);
        }
        return Optional.empty();
    }

    /**
     * No change grows: the regime from the last hidden layer and the output, at every step;
     * empty when the pattern is none of them.
     */
    private static Optional<DynamicsRegime> classify(List<Optional<Size>> lastHidden, List<Optional<Size>> output) {
        if (all(lastHidden, Size.ORDER_ONE)) {
            return Optional.of(DynamicsRegime.FEATURE_LEARNING);
        }
        if (all(lastHidden, Size.VANISHES) && all(output, Size.ORDER_ONE)) {
            return Optional.of(DynamicsRegime.LAZY);
        }
        if (all(lastHidden, Size.VANISHES) && all(output, Size.VANISHES)) {
            return Optional.of(DynamicsRegime.TRIVIAL);
        }
        return Optional.empty();
    }

    private static boolean all(List<Optional<Size>> sizes, Size size) {
        return sizes.stream().allMatch(s -> s.orElseThrow() == size);
    }

    private static SideFinding decided(NetworkAssertion.Regime regime, Optional<DynamicsRegime> found, Step because) {
        String what = found.map(r -> "regime " + r.spelling())
                .orElse("no regime (none of " + String.join(", ", DynamicsRegime.spellings()) + ")");
        Judgement judgement = found.equals(Optional.of(regime.regime())) ? Judgement.supports(what + ": ", because)
                : Judgement.contradicts(what + ", claimed " + regime.regime().spelling() + ": ", because);
        return new SideFinding(judgement, Optional.empty(), Optional.of(found.map(DynamicsRegime::spelling).orElse(NONE)));
    }
}
