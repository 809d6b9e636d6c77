package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/** A list of labelled values, shown as a two-column description. */
public record KeyValues(List<Entry> entries) implements Block {

    public record Entry(String key, String value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    public KeyValues {
        entries = List.copyOf(entries);
    }
}
