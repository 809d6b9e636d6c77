/**
 * What the symbolic side knows about an activation (docs/MEANING.md sections 1 and 3): the
 * facts the width-exponent rules of {@link io.multilin.symbolic.scaling} read, derived once per
 * {@link io.multilin.architecture.Activation} and never looked up per paper.
 * <ul>
 *   <li>{@link io.multilin.symbolic.activation.TaylorCoefficients}: the exact Taylor
 *       coefficients {@code sigma^(k)(0) / k!} of an analytic activation, computed by Symja on
 *       a closed form built with the Java API (decimal polynomial coefficients read as exact
 *       rationals);</li>
 *   <li>{@link io.multilin.symbolic.activation.Growth}: how the activation grows at infinity
 *       (bounded, linear, polynomial of some degree), which fixes its size on large
 *       pre-activations;</li>
 *   <li>{@link io.multilin.symbolic.activation.ActivationProfile}: the two together, plus
 *       positive homogeneity (relu, which has no Taylor series and so no Hessian rule).</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is an input of
 * the symbolic derivation only. It depends on {@code io.multilin.architecture} and Symja; it
 * must never depend on the numeric side (which evaluates activations in double precision on
 * its own), on proofs-check or on reports.
 */
package io.multilin.symbolic.activation;
