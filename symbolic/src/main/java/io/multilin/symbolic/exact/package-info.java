/**
 * Exact algebra for small concrete networks (docs/MEANING.md section 3, exact algebra): a dedicated
 * sparse polynomial engine ({@link io.multilin.symbolic.exact.SparsePolynomial}), the network
 * output f_1 as a polynomial in the weights ({@link io.multilin.symbolic.exact.NetworkPolynomial}:
 * a linear network written down as its sum over paths into flat arrays, any other polynomial
 * activation by forward propagation; its degrees per layer and segment counted from the stored
 * monomials, {@link io.multilin.symbolic.exact.LayerDegrees}),
 * the expansion of f(W0 + D) grouped by perturbed layers and along a line
 * ({@link io.multilin.symbolic.exact.PerturbationExpansion}), and Symja for the cross-check and
 * the LaTeX of reports ({@link io.multilin.symbolic.exact.SymjaExpansion},
 * {@link io.multilin.symbolic.exact.SymjaLatex}). Weight variables are indexed as the numeric
 * side's flat parameter vector (layer by layer, row-major), perturbations after them.
 */
package io.multilin.symbolic.exact;
