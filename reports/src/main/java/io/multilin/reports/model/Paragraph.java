package io.multilin.reports.model;

import java.util.Objects;

/**
 * Text with optional math. In text spans, a blank line separates paragraphs and single line
 * breaks are spaces.
 */
public record Paragraph(RichText text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    public Paragraph(String text) {
        this(RichText.of(Objects.requireNonNull(text, "text")));
    }
}
