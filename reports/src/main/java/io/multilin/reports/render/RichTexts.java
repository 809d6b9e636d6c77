package io.multilin.reports.render;

import io.multilin.reports.model.Inline;
import io.multilin.reports.model.RichText;

import java.util.function.UnaryOperator;

/**
 * {@link RichText} for the two text formats: text spans escaped ({@link LatexText},
 * {@link MarkdownText}), math spans between dollars ({@link LatexMath}). Markdown math is what
 * GitHub renders: {@code $...$} hugging its content.
 */
final class RichTexts {

    private RichTexts() {
    }

    /** LaTeX body text; a blank line inside a text span becomes a paragraph break. */
    static String latex(RichText text) {
        return spans(text, LatexText::escape, "\\par\n", Flavour.LATEX).strip();
    }

    /** LaTeX for a table cell: each formula is one unbreakable box (the column is sized to hold it). */
    static String latexCell(RichText text) {
        return spans(text, LatexText::escape, "\\par\n", Flavour.LATEX_UNBREAKABLE).strip();
    }

    private enum Flavour { LATEX, LATEX_UNBREAKABLE, MARKDOWN }

    /** Inline Markdown: safe in a paragraph, heading, list item or table cell. */
    static String markdown(RichText text) {
        return spans(text, MarkdownText::escapeSpan, " ", Flavour.MARKDOWN).strip();
    }

    /** Markdown paragraphs: blank lines in text spans separate them, and none can start a block. */
    static String markdownParagraphs(RichText text) {
        StringBuilder result = new StringBuilder();
        for (String paragraph : spans(text, MarkdownText::escapeSpan, "\n\n", Flavour.MARKDOWN).split("\n\n")) {
            if (!paragraph.isBlank()) {
                result.append(MarkdownText.neutraliseLineStart(paragraph.strip())).append("\n\n");
            }
        }
        return result.toString().stripTrailing() + "\n";
    }

    /** Text spans through {@code escape} (blank lines become {@code paragraphBreak}), math between dollars. */
    private static String spans(RichText text, UnaryOperator<String> escape, String paragraphBreak, Flavour flavour) {
        StringBuilder out = new StringBuilder();
        for (Inline span : text.spans()) {
            if (span instanceof Inline.Math m) {
                out.append('$').append(switch (flavour) {
                    case LATEX -> LatexMath.latex(m.node());
                    case LATEX_UNBREAKABLE -> "{" + LatexMath.latex(m.node()) + "}"; // a group: no line break inside
                    case MARKDOWN -> LatexMath.markdown(m.node());
                }).append('$');
            } else {
                String[] parts = ((Inline.Text) span).text().split("\\n\\s*\\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    out.append(i > 0 ? paragraphBreak : "").append(escape.apply(parts[i]));
                }
            }
        }
        return out.toString();
    }
}
