package io.multilin.symbolic.exact;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expansion of f(W0 + D), W0 and D symbolic, grouped by the set S of perturbed layers
 * (the layers contributing at least one D factor to a monomial). The group of the empty set
 * is f(W0); the groups sum back to the full expansion exactly, since every monomial lands in
 * exactly one group.
 */
public final class PerturbationExpansion {

    private final NetworkPolynomial full;
    private final Map<Set<Integer>, SparsePolynomial> groups;

    private PerturbationExpansion(NetworkPolynomial full, Map<Set<Integer>, SparsePolynomial> groups) {
        this.full = full;
        this.groups = groups;
    }

    public static PerturbationExpansion of(ConcreteNetwork network) {
        NetworkPolynomial full = NetworkPolynomial.perturbed(network);
        WeightVariables vars = full.variables();
        Map<Set<Integer>, HashMap<Monomial, Double>> buckets = new HashMap<>();
        full.output().terms().forEach((monomial, coefficient) -> {
            Set<Integer> perturbed = new TreeSet<>();
            monomial.forEachVariable(v -> {
                if (vars.isPerturbation(v)) {
                    perturbed.add(vars.layerOf(v));
                }
            });
            buckets.computeIfAbsent(Collections.unmodifiableSet(perturbed), s -> new HashMap<>())
                    .put(monomial, coefficient);
        });
        Map<Set<Integer>, SparsePolynomial> groups = new TreeMap<>(LayerSets.ORDER);
        buckets.forEach((s, terms) -> groups.put(s, SparsePolynomial.owning(terms)));
        return new PerturbationExpansion(full, Collections.unmodifiableMap(groups));
    }

    /** f(W0 + D) in full. */
    public NetworkPolynomial full() {
        return full;
    }

    /** Non-zero groups, keyed by the set of perturbed layers, in {@link LayerSets#ORDER}. */
    public Map<Set<Integer>, SparsePolynomial> groups() {
        return groups;
    }

    public SparsePolynomial group(Set<Integer> perturbedLayers) {
        return groups.getOrDefault(perturbedLayers, SparsePolynomial.ZERO);
    }

    /** The sum of all groups (equal to {@code full().output()}). */
    public SparsePolynomial sumOfGroups() {
        SparsePolynomial sum = SparsePolynomial.ZERO;
        for (SparsePolynomial g : groups.values()) {
            sum = sum.plus(g);
        }
        return sum;
    }

    /**
     * Coefficients of t^k in f(w0 + t*delta) read off the grouped expansion: every monomial
     * contributes to the power of t equal to its number of D factors.
     */
    public double[] lineCoefficients(double[] w0, double[] delta) {
        WeightVariables vars = full.variables();
        double[] values = vars.point(w0, delta);
        double[] coefficients = new double[full.output().degreeIn(vars.perturbations()) + 1];
        for (SparsePolynomial g : groups.values()) {
            g.terms().forEach((monomial, c) ->
                    coefficients[monomial.degreeIn(vars.perturbations())] += c * monomial.evaluate(values));
        }
        return coefficients;
    }

    /**
     * Coefficients of t^k in f(w0 + t*delta) for concrete w0 and delta, by forward propagation
     * of polynomials in t alone: independent of the multivariate engine, so the two cross-check
     * each other, and cheap enough to cross-check the numeric Taylor mode at real widths.
     */
    public static double[] alongLine(ConcreteNetwork network, double[] w0, double[] delta) {
        return LineExpansion.coefficients(network, w0, delta);
    }
}
