package io.multilin.symbolic.exact;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * An immutable polynomial with double coefficients over integer-indexed variables, stored as
 * a hash map from {@link Monomial} to coefficient. Dedicated to the network expansions, where
 * a general computer-algebra system is orders of magnitude too slow. Exact zeros are dropped;
 * coefficients that cancel only up to rounding are kept, so compare with {@link #distanceTo}.
 */
public final class SparsePolynomial {

    public static final SparsePolynomial ZERO = new SparsePolynomial(Map.of());

    private final Map<Monomial, Double> terms;

    private SparsePolynomial(Map<Monomial, Double> terms) {
        this.terms = terms;
    }

    /** Takes ownership of {@code terms}; zero coefficients are removed. */
    static SparsePolynomial owning(HashMap<Monomial, Double> terms) {
        terms.values().removeIf(c -> c == 0.0);
        return terms.isEmpty() ? ZERO : new SparsePolynomial(Collections.unmodifiableMap(terms));
    }

    public static SparsePolynomial constant(double value) {
        HashMap<Monomial, Double> map = new HashMap<>();
        map.put(Monomial.ONE, value);
        return owning(map);
    }

    public static SparsePolynomial variable(int index) {
        return term(1.0, Monomial.variable(index));
    }

    public static SparsePolynomial term(double coefficient, Monomial monomial) {
        HashMap<Monomial, Double> map = new HashMap<>();
        map.put(monomial, coefficient);
        return owning(map);
    }

    /** Builds a polynomial from terms (equal monomials are summed). */
    public static SparsePolynomial of(Map<Monomial, Double> terms) {
        return owning(new HashMap<>(terms));
    }

    /** Unmodifiable view of the terms. */
    public Map<Monomial, Double> terms() {
        return terms;
    }

    public int size() {
        return terms.size();
    }

    public boolean isZero() {
        return terms.isEmpty();
    }

    public double coefficient(Monomial monomial) {
        return terms.getOrDefault(monomial, 0.0);
    }

    public SparsePolynomial plus(SparsePolynomial other) {
        if (other.isZero()) {
            return this;
        }
        if (isZero()) {
            return other;
        }
        HashMap<Monomial, Double> sum = new HashMap<>(terms);
        other.terms.forEach((m, c) -> sum.merge(m, c, Double::sum));
        return owning(sum);
    }

    public SparsePolynomial minus(SparsePolynomial other) {
        return plus(other.scale(-1));
    }

    public SparsePolynomial scale(double factor) {
        if (factor == 1.0) {
            return this;
        }
        HashMap<Monomial, Double> scaled = new HashMap<>(terms.size() * 2);
        terms.forEach((m, c) -> scaled.put(m, c * factor));
        return owning(scaled);
    }

    public SparsePolynomial times(SparsePolynomial other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        HashMap<Monomial, Double> product = new HashMap<>(Math.max(16, 2 * terms.size() * other.terms.size()));
        for (Map.Entry<Monomial, Double> a : terms.entrySet()) {
            Monomial ma = a.getKey();
            double ca = a.getValue();
            for (Map.Entry<Monomial, Double> b : other.terms.entrySet()) {
                product.merge(ma.times(b.getKey()), ca * b.getValue(), Double::sum);
            }
        }
        return owning(product);
    }

    public SparsePolynomial pow(int exponent) {
        if (exponent < 0) {
            throw new IllegalArgumentException("negative power of a polynomial");
        }
        SparsePolynomial result = constant(1);
        for (int i = 0; i < exponent; i++) {
            result = result.times(this);
        }
        return result;
    }

    /** The value at a point; {@code values[v]} is the value of variable v. */
    public double evaluate(double[] values) {
        double sum = 0;
        for (Map.Entry<Monomial, Double> e : terms.entrySet()) {
            sum += e.getValue() * e.getKey().evaluate(values);
        }
        return sum;
    }

    /** Total degree; -1 for the zero polynomial. */
    public int degree() {
        return degreeIn(v -> true);
    }

    /** Largest number of factors from a variable set in one monomial; -1 for the zero polynomial. */
    public int degreeIn(IntPredicate variableSet) {
        int max = -1;
        for (Monomial m : terms.keySet()) {
            max = Math.max(max, m.degreeIn(variableSet));
        }
        return max;
    }

    /** The terms whose monomial satisfies the predicate. */
    public SparsePolynomial filter(Predicate<Monomial> keep) {
        HashMap<Monomial, Double> kept = new HashMap<>();
        terms.forEach((m, c) -> {
            if (keep.test(m)) {
                kept.put(m, c);
            }
        });
        return owning(kept);
    }

    /** Largest absolute coefficient difference over the union of monomials. */
    public double distanceTo(SparsePolynomial other) {
        double max = 0;
        for (Map.Entry<Monomial, Double> e : terms.entrySet()) {
            max = Math.max(max, Math.abs(e.getValue() - other.coefficient(e.getKey())));
        }
        for (Map.Entry<Monomial, Double> e : other.terms.entrySet()) {
            if (!terms.containsKey(e.getKey())) {
                max = Math.max(max, Math.abs(e.getValue()));
            }
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparsePolynomial other && terms.equals(other.terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        terms.forEach((m, c) -> b.append(b.length() == 0 ? "" : " + ").append(c).append('*').append(m));
        return b.toString();
    }
}
