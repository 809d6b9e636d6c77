package io.multilin.symbolic.exact;

/**
 * Terms of one common degree stored flat: term t is {@code coefficients[t]} times the product of
 * {@code variables[t*degree .. (t+1)*degree)}. It is the compact storage of a
 * {@link SparsePolynomial} whose terms come from a structure that already guarantees them
 * distinct (the paths of a linear network, {@link PathExpansion}): half a million terms cost
 * two arrays instead of half a million hash entries, and degree scans run over plain ints.
 *
 * <p>Checked here: the shapes, each term's variables non-negative and sorted (so materializing
 * a {@link Monomial} needs no sort), no zero coefficient (the dropped-zeros rule of
 * {@link SparsePolynomial}). Not checked, because it would cost the hash map this type avoids:
 * that the terms are distinct; the producer guarantees it and the tests compare with the
 * generic propagation. The arrays are shared, not copied: the type is package-private and the
 * polynomial holding it owns them.
 */
record FlatTerms(int degree, int[] variables, double[] coefficients) {

    FlatTerms {
        if (degree < 0 || (long) degree * coefficients.length != variables.length) {
            throw new IllegalArgumentException("need degree * terms = " + degree + " * " + coefficients.length
                    + " variables, got " + variables.length);
        }
        for (int t = 0; t < coefficients.length; t++) {
            if (coefficients[t] == 0.0) {
                throw new IllegalArgumentException("term " + t + " has a zero coefficient");
            }
            int from = t * degree;
            for (int k = from; k < from + degree; k++) {
                if (variables[k] < 0 || (k > from && variables[k] < variables[k - 1])) {
                    throw new IllegalArgumentException("term " + t + " has unsorted or negative variables");
                }
            }
        }
    }

    int size() {
        return coefficients.length;
    }
}
