/**
 * Renderers of the neutral {@link io.multilin.reports.model.Report}: what turns a report into
 * files a reader opens.
 * <ul>
 *   <li>{@link io.multilin.reports.render.LatexRenderer}: LaTeX for pdflatex (a standalone
 *       article or a body to include; the run's facts come last, after the summary), tables
 *       as longtables tinted by row status, plots as pgfplots axes two to a row in
 *       non-floating minipages with one legend per row, or one per plot for plots of several
 *       series, and a figure's panels up to three to a row in one box ({@code LatexPlot}),
 *       series told apart by colour and mark shape, using only the
 *       texlive-latex-base, -latex-recommended and -pictures packages;
 *       {@link io.multilin.reports.render.LatexText} escapes all plain text so that no text can
 *       form a control sequence, and {@code LatexMath} writes math trees as {@code $...$}
 *       ({@code RichTexts} puts the two together);</li>
 *   <li>{@link io.multilin.reports.render.PdfCompiler}: runs pdflatex in a fresh folder with
 *       shell escape off, paranoid file access and a timeout, and reports the outcome as a
 *       {@link io.multilin.reports.render.CompileResult} (a missing TeX installation is an
 *       outcome, never an exception);</li>
 *   <li>{@link io.multilin.reports.render.MarkdownRenderer} with
 *       {@link io.multilin.reports.render.MarkdownText}: GitHub-flavoured Markdown, math as
 *       {@code $...$} in the flavour GitHub renders inside tables ({@code \lVert}, not
 *       {@code |}); with {@link io.multilin.reports.render.MarkdownRenderer#renderWithPlots} a
 *       {@link io.multilin.reports.render.MarkdownDocument} whose plots are SVG files to write
 *       next to it, linked relatively;</li>
 *   <li>{@link io.multilin.reports.render.SvgPlot}: a standalone SVG log-log (or linear)
 *       plot: ticks, points with their spread (a marker shape per series), fitted and
 *       predicted lines, legend, a long title wrapped, text escaped for XML and scripts raised
 *       and lowered;</li>
 *   <li>{@link io.multilin.reports.render.JsonRenderer}: a JSON dump of the model that reads
 *       back into an equal report; not the tool's claims JSON (docs/CLAIMS.md), which
 *       proofs-check writes.</li>
 * </ul>
 * In the pipeline claim -> plan -> symbolic | numeric -> verdict -> report this is the final
 * drawing step. It depends only on {@code io.multilin.reports.model} (and Jackson); it must
 * never depend on proofs-check, the symbolic or the numeric side, nor know what a claim is.
 */
package io.multilin.reports.render;
