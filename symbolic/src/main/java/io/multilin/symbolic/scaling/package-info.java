/**
 * Width-exponent rules (MATH.md section 3, second bullet). Choices the contract leaves open,
 * written down here:
 * <ul>
 *   <li>every exponent is of the sup over the ball B(w0, R), R fixed, of the first output
 *       coordinate's quantity; constants (c in c*m, fixed widths, R) never change exponents;</li>
 *   <li>a group S of f(W0 + D) is the part with a D factor from exactly the layers in S; a
 *       quantity's exponent is the largest exponent among the groups it contains;</li>
 *   <li>two layers interact when the largest group containing both has exponent >= 0; the
 *       multilinear blocks are a minimum colouring of the interaction graph, accepted only if
 *       the mixed derivative across them is of order one or more;</li>
 *   <li>"identically zero" ({@link io.multilin.symbolic.scaling.Exponent.IdenticallyZero}) is not
 *       an exponent and vanishes; the Taylor degree is the smallest k whose residual vanishes.</li>
 * </ul>
 * Rules exist for linear networks only; every other network gets Unsupported with the reason.
 */
package io.multilin.symbolic.scaling;
