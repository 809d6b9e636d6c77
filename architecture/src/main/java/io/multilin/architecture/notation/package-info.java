/**
 * The math of a derivation, as types rather than characters: a closed tree of
 * {@link io.multilin.architecture.notation.Notation} records (names, exact ratios, powers,
 * subscripts, norms, suprema, sums, layer sets, calls, runs; measured decimals, intervals,
 * lists of widths and the quantities of {@code io.multilin.architecture.Quantity} by name, for
 * the reasons of verdicts) over the closed set of
 * {@link io.multilin.architecture.notation.Op}s, and a
 * {@link io.multilin.architecture.notation.Step}: words and math in order. The symbolic rules
 * write their derivations as steps ({@link io.multilin.architecture.notation.Notate} builds
 * them as one writes them on paper); {@code Step.plain()} is the ASCII line the console and the
 * JSON have always shown ({@code ||A[6..6]^T u|| ~ m^-1/2}); proofs-check typesets the same
 * steps in the report, and builds the reasons of its verdicts from them too. Adjacent words
 * of a step merge, so that a step spliced from parts equals the same step written at once.
 * Symbols (alpha, phi, the gradient, the layer index l), the initial point w0, transposes and
 * square roots are records of their own, never names: a name cannot be spelled like a symbol,
 * so no renderer has to read structure back from a name. Readers take the tree apart through
 * {@link io.multilin.architecture.notation.NotationCases}, one method per kind, so that a new
 * kind of notation does not compile until every reader handles it.
 *
 * <p>It lives here, in the shared vocabulary, because the symbolic side writes it and
 * proofs-check reads it; the reports module has its own math tree, since it must know nothing
 * of ours. This package depends on nothing of ours but {@code io.multilin.architecture}.
 */
package io.multilin.architecture.notation;
