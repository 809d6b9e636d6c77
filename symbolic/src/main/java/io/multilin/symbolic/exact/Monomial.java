package io.multilin.symbolic.exact;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A product of variables, stored as the sorted array of their indices with repetition
 * ({@code x3^2 x7} is {@code [3, 3, 7]}). Sorted arrays make products a linear merge and give
 * every monomial one canonical form, so hashing identifies equal monomials.
 */
public final class Monomial {

    public static final Monomial ONE = new Monomial(new int[0]);

    private final int[] variables;
    private final int hash;

    private Monomial(int[] sortedVariables) {
        this.variables = sortedVariables;
        this.hash = Arrays.hashCode(sortedVariables);
    }

    public static Monomial of(int... variables) {
        int[] copy = variables.clone();
        Arrays.sort(copy);
        for (int v : copy) {
            if (v < 0) {
                throw new IllegalArgumentException("variable indices are non-negative, got " + v);
            }
        }
        return new Monomial(copy);
    }

    /**
     * Trusts the caller: sorted and non-negative (as every term of a validated {@link FlatTerms}
     * or of {@link SparsePolynomial#forEachTerm}), and not shared.
     */
    static Monomial ofSorted(int[] sortedVariables) {
        return new Monomial(sortedVariables);
    }

    public static Monomial variable(int index) {
        return of(index);
    }

    /** The variable indices, sorted, with repetition. */
    public int[] variables() {
        return variables.clone();
    }

    /** The internal array, for scans in this package that must not copy; never modified. */
    int[] variablesView() {
        return variables;
    }

    public int degree() {
        return variables.length;
    }

    /** Number of factors whose variable satisfies the predicate. */
    public int degreeIn(IntPredicate inSet) {
        int count = 0;
        for (int v : variables) {
            if (inSet.test(v)) {
                count++;
            }
        }
        return count;
    }

    public Monomial times(Monomial other) {
        int[] a = variables;
        int[] b = other.variables;
        if (a.length == 0) {
            return other;
        }
        if (b.length == 0) {
            return this;
        }
        int[] merged = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length && j < b.length) {
            merged[k++] = a[i] <= b[j] ? a[i++] : b[j++];
        }
        while (i < a.length) {
            merged[k++] = a[i++];
        }
        while (j < b.length) {
            merged[k++] = b[j++];
        }
        return new Monomial(merged);
    }

    public double evaluate(double[] values) {
        double product = 1;
        for (int v : variables) {
            product *= values[v];
        }
        return product;
    }

    /** Applies {@code action} to each variable index, in sorted order, with repetition. */
    public void forEachVariable(java.util.function.IntConsumer action) {
        for (int v : variables) {
            action.accept(v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Monomial other && hash == other.hash && Arrays.equals(variables, other.variables);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        if (variables.length == 0) {
            return "1";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < variables.length; i++) {
            b.append(i == 0 ? "" : "*").append('v').append(variables[i]);
        }
        return b.toString();
    }
}
