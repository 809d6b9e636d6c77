package io.multilin.symbolic.exact;

import java.util.Arrays;

/**
 * f_1 of a linear network (identity hidden and output activations) written down path by path,
 * without propagating polynomials: f_1 = (prod_l alpha_l) * sum over paths
 * (j, i_1, ..., i_{L-1}) of x_j W_1[i_1][j] W_2[i_2][i_1] ... W_L[0][i_{L-1}].
 *
 * <p>Why the terms can go straight into {@link FlatTerms}: a path takes exactly one entry from
 * every layer, and the entry names the two units it joins, so distinct paths give distinct
 * monomials and nothing is ever summed. With perturbations every W entry becomes W + D and a
 * path gives 2^L monomials (W or D in each layer), again pairwise distinct. The variables of a
 * term come out sorted: {@link WeightVariables} numbers W entries layer by layer (layer l
 * occupies one index range, below that of layer l+1) and every D index lies above every W
 * index in the same order, so writing the W factors by layer and then the D factors by layer
 * is ascending; {@link FlatTerms} checks it.
 *
 * <p>Why the coefficients equal the generic propagation's bit for bit: there a term starts as
 * the constant x_j and is multiplied by alpha_1, then alpha_2, ..., alpha_L (the weight factors
 * carry coefficient 1.0, an exact multiplication), and a term is dropped as soon as it is an
 * exact zero. {@link #coefficient} does the same products in the same order and drops on the
 * same condition, so the test can ask for exact equality, not a tolerance.
 */
final class PathExpansion {

    /** Room in one int array, with the margin the JVM keeps for array headers. */
    private static final long MAX_ENTRIES = Integer.MAX_VALUE - 16;

    private PathExpansion() {
    }

    /** Whether f_1 is a plain sum over paths (any other activation needs forward propagation). */
    static boolean applies(ConcreteNetwork network) {
        return PolynomialActivation.isIdentity(network.hidden()) && PolynomialActivation.isIdentity(network.output());
    }

    /** f_1 over {@code vars}; with perturbation variables, f_1(W + D). */
    static SparsePolynomial output(ConcreteNetwork network, WeightVariables vars) {
        if (!applies(network)) {
            throw new IllegalArgumentException("a sum over paths needs linear activations: " + network);
        }
        int[] n = network.widths();
        int depth = network.depth();
        double[] x = network.x();
        double[] alphas = network.alphas();
        double[] inputCoefficient = new double[n[0]];
        int liveInputs = 0;
        for (int j = 0; j < n[0]; j++) {
            inputCoefficient[j] = coefficient(x[j], alphas);
            liveInputs += inputCoefficient[j] == 0.0 ? 0 : 1;
        }
        long terms = liveInputs;
        for (int l = 1; l < depth + (vars.hasPerturbation() ? depth : 0); l++) {
            // hidden widths, then a factor 2 per layer for the W-or-D choice; the early exit
            // keeps the product from overflowing before it is refused
            terms *= l < depth ? n[l] : 2;
            if (terms * depth > MAX_ENTRIES) {
                throw new IllegalArgumentException("more than " + MAX_ENTRIES + " path entries: " + network);
            }
        }
        Writer out = new Writer(depth, (int) terms, vars.hasPerturbation() ? vars.parameterCount() : -1);
        int[] unit = new int[depth + 1];
        int[] path = new int[depth];
        for (int j = 0; j < n[0]; j++) {
            if (inputCoefficient[j] == 0.0) {
                continue;
            }
            // unit[l] is the unit of layer l the path goes through: unit[0] the input, unit[depth]
            // stays 0 (only the first output), the hidden ones run like an odometer.
            Arrays.fill(unit, 0);
            unit[0] = j;
            do {
                for (int l = 1; l <= depth; l++) {
                    path[l - 1] = vars.w(l, unit[l], unit[l - 1]);
                }
                out.path(path, inputCoefficient[j]);
            } while (nextHiddenUnits(unit, n));
        }
        return SparsePolynomial.owning(out.finish());
    }

    /** ((x_j alpha_1) alpha_2) ... alpha_L, or 0 once an exact zero appears (see the class comment). */
    static double coefficient(double xj, double[] alphas) {
        double c = xj;
        if (c == 0.0) {
            return 0.0;
        }
        for (double alpha : alphas) {
            c *= alpha;
            if (c == 0.0) {
                return 0.0;
            }
        }
        return c;
    }

    private static boolean nextHiddenUnits(int[] unit, int[] n) {
        for (int l = unit.length - 2; l >= 1; l--) {
            if (++unit[l] < n[l]) {
                return true;
            }
            unit[l] = 0;
        }
        return false;
    }

    /** Fills the flat arrays term by term. */
    private static final class Writer {
        private final int depth;
        /** The shift from a W index to its D index, or -1 without perturbations. */
        private final int perturbationShift;
        private final int[] variables;
        private final double[] coefficients;
        private int term;

        Writer(int depth, int terms, int perturbationShift) {
            this.depth = depth;
            this.perturbationShift = perturbationShift;
            this.variables = new int[terms * depth];
            this.coefficients = new double[terms];
        }

        void path(int[] w, double coefficient) {
            if (perturbationShift < 0) {
                System.arraycopy(w, 0, variables, term * depth, depth);
                coefficients[term++] = coefficient;
                return;
            }
            // bit l-1 of the mask set: layer l contributes its D entry instead of its W entry
            for (int mask = 0; mask < 1 << depth; mask++) {
                int k = term * depth;
                for (int l = 0; l < depth; l++) {
                    if ((mask & (1 << l)) == 0) {
                        variables[k++] = w[l];
                    }
                }
                for (int l = 0; l < depth; l++) {
                    if ((mask & (1 << l)) != 0) {
                        variables[k++] = w[l] + perturbationShift;
                    }
                }
                coefficients[term++] = coefficient;
            }
        }

        FlatTerms finish() {
            if (term != coefficients.length) {
                throw new IllegalStateException("wrote " + term + " of " + coefficients.length + " terms");
            }
            return new FlatTerms(depth, variables, coefficients);
        }
    }
}
