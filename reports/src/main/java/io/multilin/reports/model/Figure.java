package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Plots meant to be compared side by side, e.g. one panel per claim: renderers keep them
 * together (LaTeX in one box that no page break splits, up to {@link #MAX_PER_ROW} panels a
 * row), each panel with its own legend, under one caption.
 */
public record Figure(List<Plot> panels, RichText caption) implements Block {

    /** More panels a row would leave each too narrow to read on a page. */
    public static final int MAX_PER_ROW = 3;

    public Figure {
        panels = List.copyOf(panels);
        if (panels.isEmpty()) {
            throw new IllegalArgumentException("a figure needs at least one panel");
        }
        Objects.requireNonNull(caption, "caption");
    }
}
