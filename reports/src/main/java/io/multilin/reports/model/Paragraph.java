package io.multilin.reports.model;

import java.util.Objects;

/** Untrusted plain text. A blank line separates paragraphs; single line breaks are spaces. */
public record Paragraph(String text) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
    }
}
