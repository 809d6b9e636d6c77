/**
 * Training dynamics over a few steps (the ground of dynamics claims): full-batch gradient descent
 * or Adam on {@code 1/(2B) sum_b (f(w; x_b) - y_b)^2} with per-layer learning rates
 * {@code eta m^{-c_l}} (c from the parameterization), {@code m^k} times these at the first step when
 * its exponent k is not 0, recording per step the loss, the outputs and every layer's
 * feature change, the RMS over the batch and the coordinates of {@code z_l(t) - z_l(0)}.
 * <ul>
 *   <li>{@link io.multilin.numeric.dynamics.LayerRates}: the rate factors {@code m^{-c_l}} of an
 *       architecture at a width, and the factor {@code m^k} of a larger first step;</li>
 *   <li>{@link io.multilin.numeric.dynamics.StepRates}: the rates of a run, the first step's
 *       and the later ones;</li>
 *   <li>{@link io.multilin.numeric.dynamics.Trajectory}: T steps from w0, and what each step
 *       records ({@link io.multilin.numeric.dynamics.Trajectory.Record});</li>
 *   <li>{@code StepRule}: how a step moves the weights, one rule per optimizer.</li>
 * </ul>
 * Deterministic and sequential: the same network, weights and batch give the same trajectory to
 * the bit. Memory: the weights, one gradient, (for a batch of more than one input) one
 * accumulator and (for Adam) the two moment arrays, weight-sized each. Depends on
 * {@code numeric.engine} and the architecture only.
 */
package io.multilin.numeric.dynamics;
