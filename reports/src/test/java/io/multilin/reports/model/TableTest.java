package io.multilin.reports.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TableTest {

    @Test
    void defaultsToLeftAlignedPlainRows() {
        Table t = Table.ofText("c", List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "4")));
        assertEquals(List.of(Alignment.LEFT, Alignment.LEFT), t.alignments());
        assertEquals(List.of(RowStatus.NONE, RowStatus.NONE), t.rowStatus());
    }

    @Test
    void refusesRaggedRowsAndMismatchedLists() {
        assertThrows(IllegalArgumentException.class,
                () -> Table.ofText("c", List.of("a", "b"), List.of(List.of("1"))));
        assertThrows(IllegalArgumentException.class,
                () -> Table.ofText("c", List.of("a"), List.of(List.of("1")), List.of(Alignment.LEFT, Alignment.RIGHT), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Table.ofText("c", List.of("a"), List.of(List.of("1")), List.of(), List.of(RowStatus.PASS, RowStatus.FAIL)));
        assertThrows(IllegalArgumentException.class, () -> Table.ofText("c", List.of(), List.of()));
    }

    @Test
    void isImmutable() {
        List<String> row = new ArrayList<>(List.of("1"));
        Table t = Table.ofText("c", List.of("a"), List.of(row));
        row.set(0, "changed");
        assertEquals(RichText.of("1"), t.rows().get(0).get(0));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, RichText.of("x")));
    }

    @Test
    void pointNeedsBothSpreadEndsAndLinesEvaluateAsDocumented() {
        assertThrows(IllegalArgumentException.class, () -> new Point(1, 1, 0.5, null));
        FitLine fit = new FitLine(-0.5, Math.log(3), "fit");
        assertEquals(3.0 / 16, fit.valueAt(256, true), 1e-12);
        assertEquals(Math.log(3) - 0.5 * 256, fit.valueAt(256, false), 1e-12);
        SlopeLine predicted = new SlopeLine(-1, 64, 2.0 / 64, "p");
        assertEquals(2.0 / 4096, predicted.valueAt(4096, true), 1e-15);
        assertEquals(2.0 / 64 - 1, predicted.valueAt(65, false), 1e-12);
    }
}
