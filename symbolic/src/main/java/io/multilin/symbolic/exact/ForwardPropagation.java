package io.multilin.symbolic.exact;

/**
 * f_1 by exact forward propagation of polynomials, {@code z_l = alpha_l W_l a_{l-1}},
 * {@code a_l = sigma(z_l)}: the general construction, valid for every polynomial activation,
 * and the reference the path expansion of linear networks is tested against.
 */
final class ForwardPropagation {

    private ForwardPropagation() {
    }

    /** f_1 over {@code vars}; with perturbation variables, every W entry is replaced by W + D. */
    static SparsePolynomial output(ConcreteNetwork network, WeightVariables vars) {
        int[] n = network.widths();
        double[] alphas = network.alphas();
        boolean withPerturbation = vars.hasPerturbation();
        SparsePolynomial[] a = new SparsePolynomial[n[0]];
        double[] x = network.x();
        for (int j = 0; j < n[0]; j++) {
            a[j] = SparsePolynomial.constant(x[j]);
        }
        int depth = network.depth();
        for (int l = 1; l <= depth; l++) {
            // Only the first output coordinate is wanted, so the last layer computes one row.
            int rows = l == depth ? 1 : n[l];
            SparsePolynomial[] next = new SparsePolynomial[rows];
            for (int i = 0; i < rows; i++) {
                SparsePolynomial z = SparsePolynomial.ZERO;
                for (int j = 0; j < n[l - 1]; j++) {
                    SparsePolynomial entry = SparsePolynomial.variable(vars.w(l, i, j));
                    if (withPerturbation) {
                        entry = entry.plus(SparsePolynomial.variable(vars.d(l, i, j)));
                    }
                    z = z.plus(entry.times(a[j]));
                }
                z = z.scale(alphas[l - 1]);
                next[i] = PolynomialActivation.apply(l == depth ? network.output() : network.hidden(), z);
            }
            a = next;
        }
        return a[0];
    }
}
