/**
 * Width-exponent rules (docs/MEANING.md section 3). Choices that page leaves open, written down
 * here:
 * <ul>
 *   <li>every exponent is of the sup over the ball B(w0, R), R fixed, of the first output
 *       coordinate's quantity; constants (c in c*m, fixed widths, R) never change exponents;</li>
 *   <li>a group S of f(W0 + D) is the part with a D factor from exactly the layers in S; a
 *       quantity's exponent is the largest exponent among the groups it contains;</li>
 *   <li>two layers interact when the largest group containing both has exponent >= 0; the
 *       multilinear blocks are a minimum colouring of the interaction graph, accepted only if
 *       the mixed derivative across them is of order one or more;</li>
 *   <li>"identically zero" ({@link io.multilin.architecture.Exponent.IdenticallyZero}) is not
 *       an exponent and vanishes; the Taylor degree is the smallest k whose residual vanishes.</li>
 * </ul>
 * Linear networks: the group rules ({@link io.multilin.symbolic.scaling.LinearNetworkRules}).
 * Every network (linear ones for init scales, kernel change and one step): the general rules
 * ({@link io.multilin.symbolic.scaling.NonlinearNetworkRules}), built from the activation's exact
 * Taylor coefficients at 0 and growth class ({@link io.multilin.symbolic.activation}):
 * <ul>
 *   <li>init scales by coordinate-size propagation ({@link io.multilin.symbolic.scaling.InitNorms});</li>
 *   <li>Hessian blocks as chain + curvature + output terms, under assumption (A), checked: the
 *       ball changes no coordinate of a pre-activation or backward vector by more than its init
 *       size ({@link io.multilin.symbolic.scaling.HessianTerms}); ntk and mean-field pass,
 *       standard and mup do not and get Unsupported;</li>
 *   <li>Taylor residuals of order 0 and 1 from the gradient and the Hessian, none beyond; where
 *       (A) fails, from meeting upper and lower bounds for bounded activations
 *       ({@link io.multilin.symbolic.scaling.BoundedActivationResidual});</li>
 *   <li>the kernel change from matching upper and lower bounds
 *       ({@link io.multilin.symbolic.scaling.KernelChangeRule});</li>
 *   <li>the one-step change to first order, where validity conditions (S1), (S2) hold
 *       ({@link io.multilin.symbolic.scaling.OneStepRule}, with the mean-field depth table), or
 *       where (S1) fails only at the last hidden layer by a sign-coherent move of an increasing
 *       activation or of relu ({@link io.multilin.symbolic.scaling.CoherentLastLayer}).</li>
 * </ul>
 * Whatever these do not reach is Unsupported with the reason, never a guess. A derived value
 * carries its derivation as {@link io.multilin.architecture.notation.Step}s, words and math
 * built as types ({@link io.multilin.architecture.notation.Notate}), never as ASCII math in
 * strings; their {@code plain()} is the console and JSON line.
 */
package io.multilin.symbolic.scaling;
