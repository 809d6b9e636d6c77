package io.multilin.reports.model;

import java.util.List;
import java.util.Objects;

/** A list of labelled values, shown as a two-column description; a value may carry math. */
public record KeyValues(List<Entry> entries) implements Block {

    public record Entry(RichText key, RichText value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }

        public Entry(String key, String value) {
            this(RichText.of(Objects.requireNonNull(key, "key")), RichText.of(Objects.requireNonNull(value, "value")));
        }
    }

    public KeyValues {
        entries = List.copyOf(entries);
    }
}
