package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/** A titled run of blocks. */
public record Section(String title, List<Block> blocks) {

    public Section {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public static Section of(String title, Block... blocks) {
        return new Section(title, List.of(blocks));
    }
}
