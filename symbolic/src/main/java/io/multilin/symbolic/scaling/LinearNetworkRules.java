package io.multilin.symbolic.scaling;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.notation.Notate;
import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.symbolic.exact.LayerSets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.Fraction;

/**
 * Rules for linear networks (linear hidden and output activations). f(W0 + D) is the sum of
 * its groups, one chain per set S of perturbed layers, so every quantity is the largest group
 * it contains: the Taylor residual of order k holds the groups with |S| > k; the Hessian block
 * (a, b) at a point of the ball holds the groups containing a and b (D fills the rest of S);
 * the diagonal block of one layer is identically zero, f being affine in each layer.
 */
final class LinearNetworkRules implements RuleFamily {

    private final Architecture architecture;
    private final GroupTable table;

    LinearNetworkRules(Architecture architecture) {
        this.architecture = architecture;
        this.table = new GroupTable(new ChainSupremum(LayerExponents.of(architecture)), architecture.depth());
    }

    @Override
    public Map<Set<Integer>, Outcome<Exponent>> groupExponents() {
        Map<Set<Integer>, Outcome<Exponent>> map = new TreeMap<>(LayerSets.ORDER);
        for (int mask = 1; mask < (1 << table.depth()); mask++) {
            map.put(Collections.unmodifiableSet(GroupTable.layerSet(mask)),
                    Outcome.derived(Exponent.of(table.exponent(mask)), List.of(table.derivation(mask))));
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every quantity has its case here: a new kind of quantity does not compile until it has one. */
    @Override
    public Outcome<Exponent> exponent(Quantity quantity) {
        return quantity.accept(new Quantity.Cases<>() {
            @Override
            public Outcome<Exponent> taylorResidual(Quantity.TaylorResidual q) {
                return residual(q.order());
            }

            @Override
            public Outcome<Exponent> hessianNorm(Quantity.HessianNorm q) {
                return largestAbove(1, "Hessian norm = largest group with at least 2 perturbed layers");
            }

            @Override
            public Outcome<Exponent> hessianBlock(Quantity.HessianBlock q) {
                return LinearNetworkRules.this.hessianBlock(q.rows(), q.columns());
            }

            @Override
            public Outcome<Exponent> mixedDerivative(Quantity.MixedDerivative q) {
                return LinearNetworkRules.this.mixedDerivative(q.blocks());
            }

            @Override
            public Outcome<Exponent> tangentKernelChange(Quantity.TangentKernelChange q) {
                return Outcome.unsupported("no rule yet for the tangent kernel change");
            }

            @Override
            public Outcome<Exponent> outputScale(Quantity.OutputScale q) {
                return Outcome.unsupported("no rule yet for init scales");
            }

            @Override
            public Outcome<Exponent> preActivationScale(Quantity.PreActivationScale q) {
                return Outcome.unsupported("no rule yet for init scales");
            }

            @Override
            public Outcome<Exponent> oneStepChange(Quantity.OneStepChange q) {
                return Outcome.unsupported("no rule yet for the one-step change");
            }

            @Override
            public Outcome<Exponent> featureChange(Quantity.FeatureChange q) {
                return Outcome.unsupported("no rule yet for feature changes");
            }

            @Override
            public Outcome<Exponent> outputChange(Quantity.OutputChange q) {
                return Outcome.unsupported("no rule yet for output changes");
            }

            @Override
            public Outcome<Exponent> lossChange(Quantity.LossChange q) {
                return Outcome.unsupported("no rule yet for loss changes");
            }
        });
    }

    Outcome<Exponent> residual(int order) {
        return largestAbove(order, "Taylor residual of order " + order + " = largest group with more than "
                + order + " perturbed layers");
    }

    private Outcome<Exponent> largestAbove(int k, String what) {
        int mask = table.largestGroupLargerThan(k);
        if (mask < 0) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of(what + ": none in a network of "
                    + table.depth() + " layers (degree 1 in each layer), so identically 0")));
        }
        Exponent e = Exponent.of(table.exponent(mask));
        return Outcome.derived(e, List.of(Step.of(what + ": ", group(mask), " ", implies(e)), table.derivation(mask)));
    }

    private Outcome<Exponent> hessianBlock(List<Integer> rows, List<Integer> columns) {
        checkLayers(rows);
        checkLayers(columns);
        int best = -1;
        int bestPair = 0;
        for (int a : rows) {
            for (int b : columns) {
                int pair = GroupTable.mask(List.of(a, b));
                if (a != b && better(table.largestGroupContaining(pair), best)) {
                    best = table.largestGroupContaining(pair);
                    bestPair = pair;
                }
            }
        }
        String block = "Hessian block " + rows + "x" + columns;
        if (best < 0) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of(block + ": no two different layers, and f is"
                    + " affine in each single layer, so identically 0")));
        }
        Exponent e = Exponent.of(table.exponent(best));
        return Outcome.derived(e, List.of(Step.of(block + " = largest group containing a pair from it: pair ",
                group(bestPair), " in group ", group(best), " ", implies(e)), table.derivation(best)));
    }

    Outcome<Exponent> mixedDerivative(List<List<Integer>> blocks) {
        if (blocks.isEmpty()) {
            return Outcome.unsupported("a mixed derivative needs at least one block");
        }
        blocks.forEach(this::checkLayers);
        int[] best = {-1, 0};
        representatives(blocks, 0, 0, best);
        String what = "mixed derivative across " + blocks;
        if (best[0] < 0) {
            return Outcome.derived(Exponent.ZERO_FUNCTION, List.of(Step.of(what + ": no choice of a different layer"
                    + " in each block, and f is affine in each single layer, so identically 0")));
        }
        Exponent e = Exponent.of(table.exponent(best[0]));
        return Outcome.derived(e, List.of(Step.of(what + " = largest group containing one layer of each block: layers ",
                group(best[1]), " in group ", group(best[0]), " ", implies(e)), table.derivation(best[0])));
    }

    /** Tries every choice of distinct layers, one per block; keeps the largest containing group. */
    private void representatives(List<List<Integer>> blocks, int index, int chosen, int[] best) {
        if (index == blocks.size()) {
            int group = table.largestGroupContaining(chosen);
            if (better(group, best[0])) {
                best[0] = group;
                best[1] = chosen;
            }
            return;
        }
        for (int layer : blocks.get(index)) {
            int bit = 1 << (layer - 1);
            if ((chosen & bit) == 0) {
                representatives(blocks, index + 1, chosen | bit, best);
            }
        }
    }

    @Override
    public Outcome<Integer> taylorDegree() {
        return degreeFrom(0, List.of());
    }

    /**
     * The smallest order from {@code k} on whose residual vanishes, after the derivation so far;
     * a residual without a rule leaves the degree without one (its reason is kept).
     */
    private Outcome<Integer> degreeFrom(int k, List<Step> before) {
        if (k > table.depth()) {
            throw new IllegalStateException("the residual beyond the number of layers is identically 0");
        }
        return residual(k).fold((value, steps) -> {
            List<Step> derivation = new ArrayList<>(before);
            derivation.add(steps.get(0));
            if (value.vanishes()) {
                derivation.add(Step.of("Taylor degree " + k + ": smallest order whose residual vanishes"));
                return Outcome.derived(k, derivation);
            }
            return degreeFrom(k + 1, derivation);
        }, Outcome::unsupported);
    }

    @Override
    public Outcome<MultilinearStructure> multilinearStructure() {
        int depth = table.depth();
        boolean[][] interacts = new boolean[depth][depth];
        for (int a = 0; a < depth; a++) {
            for (int b = 0; b < depth; b++) {
                int group = table.largestGroupContaining((1 << a) | (1 << b));
                interacts[a][b] = a != b && table.exponent(group).compareTo(Fraction.ZERO) >= 0;
            }
        }
        List<List<Integer>> blocks = InteractionColoring.blocks(interacts);
        List<Step> derivation = new ArrayList<>();
        derivation.add(Step.of("layers a, b interact when the largest group containing both is of order one or more;"
                + " fewest blocks without an interacting pair inside: " + blocks));
        return worstWithin(blocks).flatMap(worst -> {
            derivation.add(Step.of("largest within-block Hessian block: ", Notate.exponent(worst)));
            return mixedDerivative(blocks).fold((acrossExponent, acrossSteps) -> {
                derivation.add(acrossSteps.get(0));
                if (acrossExponent.vanishes()) {
                    return Outcome.unsupported("the " + blocks.size() + " non-interacting blocks " + blocks
                            + " have a vanishing mixed derivative across them (" + acrossExponent.spelling()
                            + "), so the rule gives no degree");
                }
                List<List<Integer>> segments = architecture.segments().segments();
                derivation.add(Step.of(blocks.equals(segments) ? "the blocks are the segments"
                        : "the blocks differ from the segments " + segments));
                return Outcome.derived(new MultilinearStructure(blocks.size(), blocks), derivation);
            }, Outcome::unsupported);
        });
    }

    /** The largest Hessian block inside a block of layers; a block without a rule leaves none. */
    private Outcome<Exponent> worstWithin(List<List<Integer>> blocks) {
        Outcome<Exponent> worst = Outcome.derived(Exponent.ZERO_FUNCTION, List.of());
        for (List<Integer> block : blocks) {
            worst = worst.flatMap(w -> hessianBlock(block, block).map(w::max));
        }
        return worst;
    }

    private static Notation group(int mask) {
        return Notate.layers(List.copyOf(new java.util.TreeSet<>(GroupTable.layerSet(mask))));
    }

    private static Step implies(Exponent e) {
        return Step.of(new Notation.Operator(Op.IMPLIES), " ", Notate.exponent(e));
    }

    private boolean better(int group, int incumbent) {
        return group >= 0 && (incumbent < 0 || table.exponent(group).compareTo(table.exponent(incumbent)) > 0);
    }

    private void checkLayers(List<Integer> layers) {
        for (int l : layers) {
            if (l < 1 || l > table.depth()) {
                throw new IllegalArgumentException("no layer " + l + " in a network of " + table.depth() + " layers");
            }
        }
    }
}
