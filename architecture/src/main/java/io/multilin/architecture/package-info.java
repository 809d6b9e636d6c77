/**
 * The shared vocabulary: what a network and a quantity are (docs/MEANING.md sections 1 and 2),
 * the one language the symbolic and the numeric side have in common.
 * <ul>
 *   <li>{@link io.multilin.architecture.Architecture}: a fully connected network without
 *       biases, its widths {@code n_0..n_L} ({@link io.multilin.architecture.Width}, fixed or
 *       {@code c m^p}), hidden {@link io.multilin.architecture.Activation}, output nonlinearity
 *       and {@link io.multilin.architecture.Parameterization}; layers are numbered 1..L;</li>
 *   <li>{@link io.multilin.architecture.LayerScaling} and
 *       {@link io.multilin.architecture.PowerLaw}: each layer's multiplier, init standard
 *       deviation and learning-rate exponent as exact powers of m;</li>
 *   <li>{@link io.multilin.architecture.SegmentPartition}: the segments between bottlenecks,
 *       numbered from 1 as in claim files;</li>
 *   <li>{@link io.multilin.architecture.Quantity}: the closed family of quantities claims speak
 *       about, and {@link io.multilin.architecture.Exponent}: their width exponent, an exact
 *       rational or "identically zero", which is kept apart because it has no exponent
 *       (docs/VERDICTS.md section 2); {@code Quantity.Cases} is the exhaustive switch over
 *       the quantities (one method each), for readers that must handle every one;</li>
 *   <li>{@link io.multilin.architecture.notation}: the math of derivation steps as types.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report, proofs-check parses
 * claims into these types, the plan names quantities of them, the symbolic side derives their
 * exponents and the numeric side measures them. Names and parameters only: how to evaluate or
 * expand anything belongs to the sides. This package depends on nothing of ours (only the JDK
 * and commons-math3's {@code Fraction}); every other module may depend on it.
 */
package io.multilin.architecture;
