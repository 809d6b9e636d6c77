package io.multilin.reports.render;

import java.util.List;
import java.util.Objects;

/** A Markdown report and the files it links to by relative name (its plots as SVG). */
public record MarkdownDocument(String markdown, List<Attachment> attachments) {

    public MarkdownDocument {
        Objects.requireNonNull(markdown, "markdown");
        attachments = List.copyOf(attachments);
    }

    /** A file to write next to the Markdown, under {@code fileName} (no folder part). */
    public record Attachment(String fileName, String content) {
        public Attachment {
            if (fileName == null || !fileName.matches("[A-Za-z0-9._-]+") || fileName.startsWith(".")) {
                throw new IllegalArgumentException("an attachment name is a plain file name, got: " + fileName);
            }
            Objects.requireNonNull(content, "content");
        }
    }
}
