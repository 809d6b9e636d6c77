/**
 * The neutral report model: a document of titled sections and blocks, with no notion of
 * claims, verdicts or networks, so that any producer can fill it and any renderer can draw it.
 * <ul>
 *   <li>{@link io.multilin.reports.model.Report}, {@link io.multilin.reports.model.Metadata}
 *       (where the report came from) and {@link io.multilin.reports.model.Section};</li>
 *   <li>the closed family {@link io.multilin.reports.model.Block}:
 *       {@link io.multilin.reports.model.Paragraph}, {@link io.multilin.reports.model.Table}
 *       (rows coloured by a {@link io.multilin.reports.model.RowStatus}),
 *       {@link io.multilin.reports.model.Formula}, {@link io.multilin.reports.model.Plot} (and
 *       plots side by side in a {@link io.multilin.reports.model.Figure}),
 *       {@link io.multilin.reports.model.Note}, {@link io.multilin.reports.model.KeyValues};</li>
 *   <li>text that may carry math: {@link io.multilin.reports.model.RichText}, a run of
 *       {@link io.multilin.reports.model.Inline} spans (untrusted text, or math), the math a
 *       closed tree of {@link io.multilin.reports.model.MathNode} records (variables, exact
 *       fractions, measured decimals with the digits a reader is shown, powers, subscripts, norms, absolute values, suprema, sums, sets, runs) over
 *       a closed set of {@link io.multilin.reports.model.Symbol}s; paragraphs, notes, table
 *       cells, key-value entries and plot titles and axis labels hold it;
 *       {@link io.multilin.reports.model.PlainMath} spells it in Unicode for formats without
 *       math;</li>
 *   <li>plots are {@link io.multilin.reports.model.Series} of
 *       {@link io.multilin.reports.model.Point}s with an optional
 *       {@link io.multilin.reports.model.FitLine} and predicted
 *       {@link io.multilin.reports.model.SlopeLine}; a plot of several series (one per
 *       gradient step, say) gets a legend of its own naming each one's lines; non-finite
 *       values are kept, never dropped.</li>
 * </ul>
 * All text spans are untrusted plain text that renderers escape. Math trees are safe by
 * construction: every leaf is validated (names are letters, words a small alphabet with no TeX
 * or Markdown meaning, symbols an enum), so a renderer can emit them as math without
 * screening. The one block of raw LaTeX is a {@link io.multilin.reports.model.Formula}, math the
 * producer built with computer algebra, which the package-private {@code TrustedMathCheck}
 * still screens.
 *
 * <p>In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the last
 * step's vocabulary: proofs-check translates its verdicts into these blocks (VERIFIED into
 * {@code PASS}, and so on). It depends on nothing of ours and must never know of claims,
 * verdicts, the symbolic or the numeric side.
 */
package io.multilin.reports.model;
