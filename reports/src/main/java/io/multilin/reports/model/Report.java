package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * A whole report: a title, where it came from ({@link Metadata}) and its sections in reading
 * order. By convention the producer puts its summary table in the first section. All text is
 * untrusted plain text; renderers escape it.
 */
public record Report(String title, Metadata metadata, List<Section> sections) {

    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metadata, "metadata");
        sections = List.copyOf(sections);
    }
}
