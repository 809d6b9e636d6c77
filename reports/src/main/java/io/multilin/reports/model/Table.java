package io.multilin.reports.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of cells of text with optional math. Every row has as many cells as the header; an
 * empty {@code alignments} list means all LEFT, an empty {@code rowStatus} list means all NONE.
 */
public record Table(String caption, List<RichText> header, List<List<RichText>> rows,
                    List<Alignment> alignments, List<RowStatus> rowStatus) implements Block {

    public Table {
        Objects.requireNonNull(caption, "caption");
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        List<List<RichText>> copied = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<RichText> row = List.copyOf(rows.get(i));
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " of table '" + caption + "' has "
                        + row.size() + " cells, the header has " + header.size());
            }
            copied.add(row);
        }
        rows = List.copyOf(copied);
        alignments = alignments == null || alignments.isEmpty()
                ? Collections.nCopies(header.size(), Alignment.LEFT) : List.copyOf(alignments);
        if (alignments.size() != header.size()) {
            throw new IllegalArgumentException("table '" + caption + "' has " + alignments.size()
                    + " alignments for " + header.size() + " columns");
        }
        rowStatus = rowStatus == null || rowStatus.isEmpty()
                ? Collections.nCopies(rows.size(), RowStatus.NONE) : List.copyOf(rowStatus);
        if (rowStatus.size() != rows.size()) {
            throw new IllegalArgumentException("table '" + caption + "' has " + rowStatus.size()
                    + " row statuses for " + rows.size() + " rows");
        }
    }

    /** A table with left-aligned columns and plain rows. */
    public Table(String caption, List<RichText> header, List<List<RichText>> rows) {
        this(caption, header, rows, List.of(), List.of());
    }

    /** A table of plain-text cells. */
    public static Table ofText(String caption, List<String> header, List<List<String>> rows,
                               List<Alignment> alignments, List<RowStatus> rowStatus) {
        return new Table(caption, texts(header), rows.stream().map(Table::texts).toList(), alignments, rowStatus);
    }

    /** A plain-text table with left-aligned columns and plain rows. */
    public static Table ofText(String caption, List<String> header, List<List<String>> rows) {
        return ofText(caption, header, rows, List.of(), List.of());
    }

    public static List<RichText> texts(List<String> cells) {
        return cells.stream().map(RichText::of).toList();
    }
}
