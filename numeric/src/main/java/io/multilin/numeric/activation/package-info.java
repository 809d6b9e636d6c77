/**
 * Activations evaluated in double precision (docs/MEANING.md sections 1 and 4): the numeric
 * side's counterpart of {@link io.multilin.architecture.Activation}, which only names them.
 * <ul>
 *   <li>{@link io.multilin.numeric.activation.ActivationFunction}: the sealed family, with the
 *       value and first and second derivatives (forward passes, gradients, Hessian-vector
 *       products) and, for analytic functions, every derivative up to
 *       {@link io.multilin.numeric.activation.ActivationFunction#MAX_ORDER} (Taylor-mode
 *       propagation); {@link io.multilin.numeric.activation.ActivationFunction#of} picks the
 *       evaluator for a claim's activation;</li>
 *   <li>{@link io.multilin.numeric.activation.Identity},
 *       {@link io.multilin.numeric.activation.PolynomialActivation} (exact, zero beyond the
 *       degree), {@link io.multilin.numeric.activation.Tanh} and
 *       {@link io.multilin.numeric.activation.Sigmoid} (derivatives by a polynomial recurrence
 *       in the value), {@link io.multilin.numeric.activation.Softplus},
 *       {@link io.multilin.numeric.activation.Gelu} (Hermite polynomials);</li>
 *   <li>{@link io.multilin.numeric.activation.Relu}: not analytic, so Taylor mode refuses it
 *       and the numeric side falls back on finite differences.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the bottom
 * of the numeric side, used by its networks, probes and training. It depends on
 * {@code io.multilin.architecture} only; it must never depend on the symbolic side (which
 * derives exact Taylor coefficients on its own), on proofs-check or on reports.
 */
package io.multilin.numeric.activation;
