package io.multilin.symbolic.exact;

import java.util.Arrays;
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
 *
 * <p>A polynomial whose terms are known distinct in advance (a sum over paths) may instead be
 * held as {@link FlatTerms}: size, degrees and evaluation then scan flat arrays, and the map
 * is built only when {@link #terms()} (or an operation needing it) is first called. Both forms
 * are the same value: equality, hashing and every operation go through the terms.
 */
public final class SparsePolynomial {

    public static final SparsePolynomial ZERO = new SparsePolynomial(Map.of(), null);

    /** Receives one term: coefficient times the product of {@code variables[from..to)}, sorted. */
    @FunctionalInterface
    interface TermVisitor {
        void visit(int[] variables, int from, int to, double coefficient);
    }

    /** Null when the polynomial was built from a map. */
    private final FlatTerms flat;
    /**
     * The terms; for the flat form built on first use. Racing threads build equal maps, and the
     * volatile write publishes a fully built unmodifiable map, so no lock is needed.
     */
    private volatile Map<Monomial, Double> terms;

    private SparsePolynomial(Map<Monomial, Double> terms, FlatTerms flat) {
        this.terms = terms;
        this.flat = flat;
    }

    /** Takes ownership of {@code terms}; zero coefficients are removed. */
    static SparsePolynomial owning(HashMap<Monomial, Double> terms) {
        terms.values().removeIf(c -> c == 0.0);
        return terms.isEmpty() ? ZERO : new SparsePolynomial(Collections.unmodifiableMap(terms), null);
    }

    /** Takes ownership of flat terms, which must be distinct monomials (see {@link FlatTerms}). */
    static SparsePolynomial owning(FlatTerms terms) {
        return terms.size() == 0 ? ZERO : new SparsePolynomial(null, terms);
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
        Map<Monomial, Double> map = terms;
        if (map == null) {
            map = materialize(flat);
            terms = map;
        }
        return map;
    }

    private static Map<Monomial, Double> materialize(FlatTerms flat) {
        HashMap<Monomial, Double> map = new HashMap<>(2 * flat.size());
        int[] vars = flat.variables();
        double[] coefficients = flat.coefficients();
        int degree = flat.degree();
        for (int t = 0; t < coefficients.length; t++) {
            int from = t * degree;
            map.put(Monomial.ofSorted(Arrays.copyOfRange(vars, from, from + degree)), coefficients[t]);
        }
        if (map.size() != coefficients.length) {
            // FlatTerms cannot check distinctness cheaply; here it costs nothing, so a faulty
            // producer is caught before its polynomial is used through the map.
            throw new IllegalStateException("flat terms repeat a monomial: " + coefficients.length + " terms, "
                    + map.size() + " distinct");
        }
        return Collections.unmodifiableMap(map);
    }

    /** Every term, in no particular order, without building the map of the flat form. */
    void forEachTerm(TermVisitor visitor) {
        if (flat != null) {
            int[] vars = flat.variables();
            double[] coefficients = flat.coefficients();
            int degree = flat.degree();
            for (int t = 0; t < coefficients.length; t++) {
                visitor.visit(vars, t * degree, (t + 1) * degree, coefficients[t]);
            }
            return;
        }
        for (Map.Entry<Monomial, Double> e : terms.entrySet()) {
            int[] vars = e.getKey().variablesView();
            visitor.visit(vars, 0, vars.length, e.getValue());
        }
    }

    public int size() {
        return flat != null ? flat.size() : terms.size();
    }

    public boolean isZero() {
        return size() == 0;
    }

    public double coefficient(Monomial monomial) {
        return terms().getOrDefault(monomial, 0.0);
    }

    public SparsePolynomial plus(SparsePolynomial other) {
        if (other.isZero()) {
            return this;
        }
        if (isZero()) {
            return other;
        }
        HashMap<Monomial, Double> sum = new HashMap<>(terms());
        other.terms().forEach((m, c) -> sum.merge(m, c, Double::sum));
        return owning(sum);
    }

    public SparsePolynomial minus(SparsePolynomial other) {
        return plus(other.scale(-1));
    }

    public SparsePolynomial scale(double factor) {
        if (factor == 1.0) {
            return this;
        }
        HashMap<Monomial, Double> scaled = new HashMap<>(size() * 2);
        terms().forEach((m, c) -> scaled.put(m, c * factor));
        return owning(scaled);
    }

    public SparsePolynomial times(SparsePolynomial other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        HashMap<Monomial, Double> product = new HashMap<>(Math.max(16, 2 * size() * other.size()));
        for (Map.Entry<Monomial, Double> a : terms().entrySet()) {
            Monomial ma = a.getKey();
            double ca = a.getValue();
            for (Map.Entry<Monomial, Double> b : other.terms().entrySet()) {
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
        double[] sum = {0};
        forEachTerm((vars, from, to, c) -> {
            double product = 1;
            for (int k = from; k < to; k++) {
                product *= values[vars[k]];
            }
            sum[0] += c * product;
        });
        return sum[0];
    }

    /** Total degree; -1 for the zero polynomial. */
    public int degree() {
        return degreeIn(v -> true);
    }

    /** Largest number of factors from a variable set in one monomial; -1 for the zero polynomial. */
    public int degreeIn(IntPredicate variableSet) {
        int[] max = {-1};
        forEachTerm((vars, from, to, c) -> {
            int count = 0;
            for (int k = from; k < to; k++) {
                if (variableSet.test(vars[k])) {
                    count++;
                }
            }
            max[0] = Math.max(max[0], count);
        });
        return max[0];
    }

    /** The terms whose monomial satisfies the predicate. */
    public SparsePolynomial filter(Predicate<Monomial> keep) {
        HashMap<Monomial, Double> kept = new HashMap<>();
        terms().forEach((m, c) -> {
            if (keep.test(m)) {
                kept.put(m, c);
            }
        });
        return owning(kept);
    }

    /** Largest absolute coefficient difference over the union of monomials. */
    public double distanceTo(SparsePolynomial other) {
        double max = 0;
        Map<Monomial, Double> mine = terms();
        for (Map.Entry<Monomial, Double> e : mine.entrySet()) {
            max = Math.max(max, Math.abs(e.getValue() - other.coefficient(e.getKey())));
        }
        for (Map.Entry<Monomial, Double> e : other.terms().entrySet()) {
            if (!mine.containsKey(e.getKey())) {
                max = Math.max(max, Math.abs(e.getValue()));
            }
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparsePolynomial other && terms().equals(other.terms());
    }

    @Override
    public int hashCode() {
        return terms().hashCode();
    }

    @Override
    public String toString() {
        if (isZero()) {
            return "0";
        }
        StringBuilder b = new StringBuilder();
        terms().forEach((m, c) -> b.append(b.length() == 0 ? "" : " + ").append(c).append('*').append(m));
        return b.toString();
    }
}
