package io.multilin.check.adversarial;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.check.adversarial.Variant.Expect;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.plan.Planner;
import io.multilin.symbolic.scaling.MultilinearStructure;
import io.multilin.symbolic.scaling.Outcome;
import io.multilin.symbolic.scaling.ScalingAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;

/**
 * The generator: for one network, the true statement of every assertion kind built from the
 * symbolic derivation, and near-miss false variants of it (exponents moved by small amounts
 * and written as decimals or fractions, degrees off by one, yes/no answers flipped, vanishing
 * swapped with order one). Where the symbolic side has no rule the variants are marked
 * {@link Expect#NO_RULE}: they must come out UNSUPPORTED, never VERIFIED.
 *
 * <p>The truth is worked out here from the exponents of single quantities and the
 * definitions of docs/VERDICTS.md, not with the checker's planner or judges, so that a bug there
 * shows up as a disagreement with this class.
 */
final class NearMissVariants {

    private final Architecture architecture;
    private final ScalingAnalysis analysis;
    private final Map<Quantity, Optional<Exponent>> cache = new HashMap<>();

    /** @param analysis the one analysis of this architecture, reused for every quantity */
    NearMissVariants(ScalingAnalysis analysis) {
        this.architecture = analysis.architecture();
        this.analysis = analysis;
    }

    /**
     * Every kind of assertion: the truth (in every exact spelling) and its near misses, with
     * exponents moved by plus and minus each of {@code moves} (0.1, 0.25 and the claim's
     * tolerance, say).
     */
    List<Variant> all(List<Fraction> moves) {
        List<Variant> out = new ArrayList<>();
        yesNo(out, "linear", "true", "false", new Quantity.TaylorResidual(1));
        yesNo(out, "tangent-kernel", "constant", "varies", new Quantity.TangentKernelChange(Planner.KERNEL_INPUTS));
        yesNo(out, "stationary-at-init", "true", "false", oneStep());
        taylorDegrees(out);
        multilinearDegrees(out);
        exponentKinds(out, moves, true);
        regimes(out);
        return out;
    }

    /**
     * Only the derived exponents moved by {@code moves}, nothing else: for a claim whose
     * tolerance is as large as the move.
     */
    List<Variant> exponentMoves(List<Fraction> moves) {
        List<Variant> out = new ArrayList<>();
        exponentKinds(out, moves, false);
        return out;
    }

    /** @param full also the truths, orders, truncations, hairs and the variants without a rule */
    private void exponentKinds(List<Variant> out, List<Fraction> moves, boolean full) {
        scaled(out, "hessian-norm: {", new Quantity.HessianNorm(), moves, true, full);
        var segments = architecture.segments();
        for (int a = 1; a <= segments.count(); a++) {
            for (int b = a; b <= segments.count(); b++) {
                scaled(out, "hessian-block: {segments: [" + a + ", " + b + "], ",
                        new Quantity.HessianBlock(segments.layers(a), segments.layers(b)), moves, true, full);
            }
        }
        scaled(out, "init-scale: {of: output, ", new Quantity.OutputScale(), moves, false, full);
        for (int l = 1; l <= architecture.depth(); l++) {
            scaled(out, "init-scale: {of: layer " + l + ", ", new Quantity.PreActivationScale(l), moves, false, full);
        }
        scaled(out, "one-step-change: {", oneStep(), moves, false, full);
        for (int t : STEPS) {
            for (int l = 1; l <= architecture.depth(); l++) {
                scaled(out, "feature-change: {layer: " + l + ", steps: [" + t + "], ", feature(l, t), moves, true, full);
            }
            scaled(out, "output-change: {steps: [" + t + "], ", new Quantity.OutputChange(t, GradientSteps.DEFAULT_TARGET,
                    GradientSteps.DEFAULT_LR), moves, true, full);
            scaled(out, "loss-change: {steps: [" + t + "], ", new Quantity.LossChange(t, GradientSteps.DEFAULT_TARGET,
                    GradientSteps.DEFAULT_LR, new OptimizerChoice.GradientDescent()), moves, true, full);
        }
        // a first step m^1/2 times larger: past the first order wherever a layer moves by its size,
        // so the large-step rule answers (relu) or no rule does
        GradientSteps large = new GradientSteps(List.of(1), new StepSetup(GradientSteps.DEFAULT_TARGET,
                GradientSteps.DEFAULT_LR, new OptimizerChoice.GradientDescent(), LARGE_FIRST_STEP, 1));
        for (int l = 1; l <= architecture.depth(); l++) {
            scaled(out, "feature-change: {layer: " + l + ", steps: [1], first-lr-exponent: 1/2, ",
                    large.featureChange(l, 1), moves, true, full);
        }
        scaled(out, "output-change: {steps: [1], first-lr-exponent: 1/2, ", large.outputChange(1), moves, true, full);
        // a batch of three inputs: derived only where layer 1's share is the largest
        GradientSteps batch = new GradientSteps(List.of(1), new StepSetup(GradientSteps.DEFAULT_TARGET,
                GradientSteps.DEFAULT_LR, new OptimizerChoice.GradientDescent(), Fraction.ZERO, 3));
        for (int l = 1; l <= architecture.depth(); l++) {
            scaled(out, "feature-change: {layer: " + l + ", steps: [1], batch: 3, ", batch.featureChange(l, 1), moves,
                    true, full);
        }
        scaled(out, "output-change: {steps: [1], batch: 3, ", batch.outputChange(1), moves, true, full);
    }

    private static final Fraction LARGE_FIRST_STEP = new Fraction(1, 2);

    /** The steps the dynamics variants look at: the first, and one the rule reaches only through (D). */
    private static final List<Integer> STEPS = List.of(1, 3);

    private static Quantity feature(int layer, int step) {
        return new Quantity.FeatureChange(layer, step, GradientSteps.DEFAULT_TARGET, GradientSteps.DEFAULT_LR);
    }

    /**
     * Every regime over steps 1 and 3, the true one worked out here from the exponents of the
     * feature changes (docs/DYNAMICS.md): one that grows makes it unstable whatever the rest;
     * otherwise all must be derived, and the last hidden layer (order one: feature learning;
     * vanishing: lazy or trivial by the output) decides.
     */
    private void regimes(List<Variant> out) {
        int depth = architecture.depth();
        if (depth < 2) {
            return;
        }
        boolean grows = false;
        boolean missing = false;
        List<Integer> lastHidden = new ArrayList<>();
        List<Integer> output = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            for (int t : STEPS) {
                Optional<Exponent> e = derived(feature(l, t));
                if (e.isEmpty()) {
                    missing = true;
                    continue;
                }
                int sign = e.get().isIdenticallyZero() ? -1 : e.get().value().orElseThrow().compareTo(Fraction.ZERO);
                grows |= sign > 0;
                (l == depth ? output : l == depth - 1 ? lastHidden : new ArrayList<Integer>()).add(sign);
            }
        }
        Optional<String> truth = grows ? Optional.of("unstable") : missing ? Optional.empty()
                : Optional.of(lastHidden.stream().allMatch(s -> s == 0) ? "feature-learning"
                : lastHidden.stream().allMatch(s -> s < 0) && output.stream().allMatch(s -> s == 0) ? "lazy"
                : lastHidden.stream().allMatch(s -> s < 0) && output.stream().allMatch(s -> s < 0) ? "trivial" : "none");
        String why = "regime " + truth.orElse("not derived") + " from every layer's feature change at steps " + STEPS;
        for (String regime : List.of("unstable", "feature-learning", "lazy", "trivial")) {
            Expect expect = truth.map(r -> r.equals(regime) ? Expect.TRUE : Expect.FALSE).orElse(Expect.NO_RULE);
            out.add(new Variant("regime: {is: " + regime + ", steps: " + STEPS + "}", expect, why,
                    expect == Expect.TRUE ? "true" : "regime " + regime));
        }
    }

    private static Quantity oneStep() {
        return new Quantity.OneStepChange(Planner.DEFAULT_TARGET, Planner.DEFAULT_LR);
    }

    /** The derived exponent of a quantity, empty where no rule applies. */
    Optional<Exponent> derived(Quantity q) {
        return cache.computeIfAbsent(q, k -> analysis.exponent(k) instanceof Outcome.Derived<Exponent> d
                ? Optional.of(d.value()) : Optional.empty());
    }

    private String spell(Quantity q) {
        return q.label() + " ~ " + derived(q).map(Exponent::spelling).orElse("no rule");
    }

    /**
     * An exponent-valued assertion ({@code head} ends before the scale; {@code orders} for
     * kinds that also take order: one and vanishes: true|false; {@code full} for everything,
     * else only the moved exponents).
     */
    private void scaled(List<Variant> out, String head, Quantity q, List<Fraction> moves, boolean orders,
                        boolean full) {
        Optional<Exponent> e = derived(q);
        String why = spell(q);
        boolean withOrders = orders && full;
        if (!full && (e.isEmpty() || e.get().isIdenticallyZero())) {
            return;
        }
        if (e.isEmpty()) {
            for (String s : withOrders ? List.of("exponent: 0", "exponent: -1/2", "order: one", "vanishes: true",
                    "vanishes: false") : List.of("exponent: 0", "exponent: -1/2")) {
                out.add(new Variant(head + s + "}", Expect.NO_RULE, why, "no rule"));
            }
            return;
        }
        if (e.get().isIdenticallyZero()) {
            // zero has no exponent: every exponent is false, and so is "does not vanish"
            if (withOrders) {
                out.add(new Variant(head + "vanishes: true}", Expect.TRUE, why, "true"));
                out.add(new Variant(head + "order: one}", Expect.FALSE, why, "order one for zero"));
                out.add(new Variant(head + "vanishes: false}", Expect.FALSE, why, "not vanishing for zero"));
            }
            for (String s : List.of("0", "-1/2", "-1", "-100")) {
                out.add(new Variant(head + "exponent: " + s + "}", Expect.FALSE, why, "an exponent for zero"));
            }
            return;
        }
        Fraction p = e.get().value().orElseThrow();
        if (full) {
            for (String s : Spellings.exactly(p)) {
                out.add(new Variant(head + "exponent: " + s + "}", Expect.TRUE, why, "true"));
            }
        }
        for (Fraction move : moves) {
            for (Fraction moved : List.of(p.add(move), p.subtract(move))) {
                String how = (moved.compareTo(p) > 0 ? "+" : "-") + Spellings.fraction(move);
                for (String s : Spellings.near(moved)) {
                    out.add(new Variant(head + "exponent: " + s + "}", Expect.FALSE, why, how + " as " + s));
                }
            }
        }
        if (!full) {
            return;
        }
        for (String s : Spellings.truncations(p)) {
            out.add(new Variant(head + "exponent: " + s + "}", Expect.FALSE, why, "truncated decimal " + s));
        }
        for (String s : Spellings.hairs(p)) {
            out.add(new Variant(head + "exponent: " + s + "}", Expect.FALSE, why, "a hair off: " + s));
        }
        if (withOrders) {
            int sign = p.compareTo(Fraction.ZERO);
            out.add(new Variant(head + "order: one}", sign == 0 ? Expect.TRUE : Expect.FALSE, why,
                    sign == 0 ? "true" : "order one"));
            out.add(new Variant(head + "vanishes: true}", sign < 0 ? Expect.TRUE : Expect.FALSE, why,
                    sign < 0 ? "true" : "vanishes"));
            out.add(new Variant(head + "vanishes: false}", sign >= 0 ? Expect.TRUE : Expect.FALSE, why,
                    sign >= 0 ? "true" : "does not vanish"));
        }
    }

    /** A yes/no assertion that holds exactly when {@code q} vanishes. */
    private void yesNo(List<Variant> out, String kind, String whenVanishes, String otherwise, Quantity q) {
        Optional<Exponent> e = derived(q);
        String why = spell(q);
        if (e.isEmpty()) {
            out.add(new Variant(kind + ": " + whenVanishes, Expect.NO_RULE, why, "no rule"));
            out.add(new Variant(kind + ": " + otherwise, Expect.NO_RULE, why, "no rule"));
            return;
        }
        boolean vanishes = e.get().vanishes();
        out.add(new Variant(kind + ": " + (vanishes ? whenVanishes : otherwise), Expect.TRUE, why, "true"));
        out.add(new Variant(kind + ": " + (vanishes ? otherwise : whenVanishes), Expect.FALSE, why, "flipped"));
    }

    /**
     * Taylor degree k: R_k vanishes and R_{k-1} does not (docs/VERDICTS.md). The claims tried
     * are the derived degree and its neighbours, or 0, 1, 2 when no degree is derived.
     */
    private void taylorDegrees(List<Variant> out) {
        Optional<Integer> degree = taylorDegree();
        degree.ifPresent(d -> agrees("Taylor degree", d, value(analysis.taylorDegree())));
        List<Integer> claims = degree.map(d -> List.of(d - 1, d, d + 1)).orElse(List.of(0, 1, 2));
        for (int k : claims) {
            if (k < 0) {
                continue;
            }
            Optional<Boolean> top = derived(new Quantity.TaylorResidual(k)).map(Exponent::vanishes);
            Optional<Boolean> below = k == 0 ? Optional.of(false)
                    : derived(new Quantity.TaylorResidual(k - 1)).map(Exponent::vanishes);
            String why = "Taylor degree " + degree.map(String::valueOf).orElse("not derived") + "; R_" + k + " "
                    + top.map(v -> v ? "vanishes" : "does not vanish").orElse("no rule")
                    + (k == 0 ? "" : ", R_" + (k - 1) + " " + below.map(v -> v ? "vanishes" : "does not vanish")
                    .orElse("no rule"));
            out.add(new Variant("taylor-degree: " + k, conjunction(List.of(top, below.map(v -> !v))), why,
                    degree.map(d -> d == k ? "true" : (k > d ? "+1" : "-1")).orElse("degree " + k)));
        }
    }

    /** The smallest k whose residual vanishes, every lower one derived and not vanishing. */
    Optional<Integer> taylorDegree() {
        for (int k = 0; k <= architecture.depth() + 2; k++) {
            Optional<Exponent> r = derived(new Quantity.TaylorResidual(k));
            if (r.isEmpty()) {
                return Optional.empty();
            }
            if (r.get().vanishes()) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Multilinear degree with the segments as blocks: every block's own second derivative
     * vanishes (one-layer blocks too, unless the network is linear in that layer by
     * construction) and the mixed derivative across all of them is of order one. Then the
     * degree is the number of segments S; a claim of S-1 or S+1 is false. When the evidence
     * fails the segments are not the blocks and only a claim of S is known to be false.
     */
    private void multilinearDegrees(List<Variant> out) {
        var segments = architecture.segments().segments();
        List<Optional<Boolean>> evidence = new ArrayList<>();
        StringBuilder why = new StringBuilder("segments " + segments);
        for (List<Integer> block : segments) {
            if (!(block.size() == 1 && linearIn(block.get(0)))) {
                Quantity q = new Quantity.HessianBlock(block, block);
                evidence.add(derived(q).map(Exponent::vanishes));
                why.append("; ").append(spell(q));
            }
        }
        Quantity mixed = new Quantity.MixedDerivative(segments);
        evidence.add(derived(mixed).map(Exponent::isOrderOne));
        why.append("; ").append(spell(mixed));
        Expect atS = conjunction(evidence);
        int s = segments.size();
        if (atS == Expect.TRUE) {
            agrees("multilinear degree", s, value(analysis.multilinearStructure()).map(MultilinearStructure::degree));
        }
        out.add(new Variant("multilinear-degree: " + s, atS, why.toString(), atS == Expect.TRUE ? "true" : "S"));
        for (int b : List.of(s - 1, s + 1)) {
            if (b >= 0) {
                out.add(new Variant("multilinear-degree: " + b, atS == Expect.TRUE ? Expect.FALSE : Expect.NO_RULE,
                        why.toString(), (b > s ? "+1" : "-1")));
            }
        }
    }

    /** f is linear in W_l by construction: nothing after z_l bends (docs/VERDICTS.md). */
    private boolean linearIn(int layer) {
        boolean linearOutput = architecture.output() instanceof Activation.Linear;
        return linearOutput && (layer == architecture.depth() || architecture.activation() instanceof Activation.Linear);
    }

    /**
     * A conjunction of derived facts (empty: no rule): all hold is TRUE; one fails is FALSE,
     * or FALSE_BESIDE_NO_RULE when another part has no rule; otherwise NO_RULE.
     */
    private static Expect conjunction(List<Optional<Boolean>> parts) {
        boolean missing = parts.stream().anyMatch(Optional::isEmpty);
        boolean fails = parts.stream().anyMatch(p -> p.isPresent() && !p.get());
        if (fails) {
            return missing ? Expect.FALSE_BESIDE_NO_RULE : Expect.FALSE;
        }
        return missing ? Expect.NO_RULE : Expect.TRUE;
    }

    /** The symbolic module's own degree, where it derives one, must be the one read off the exponents. */
    private void agrees(String what, int fromExponents, Optional<Integer> own) {
        if (own.isPresent() && own.get() != fromExponents) {
            throw new AssertionError(architecture.widthsSpelling() + " (" + architecture.activation().spelling()
                    + ", " + architecture.parameterization().spelling() + "): " + what + " read off the exponents is "
                    + fromExponents + " but the symbolic module derives " + own.get());
        }
    }

    private static <T> Optional<T> value(Outcome<T> outcome) {
        return outcome instanceof Outcome.Derived<T> d ? Optional.of(d.value()) : Optional.empty();
    }
}
