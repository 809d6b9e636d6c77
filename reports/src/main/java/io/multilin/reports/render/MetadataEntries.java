package io.multilin.reports.render;

import io.multilin.reports.model.KeyValues;
import io.multilin.reports.model.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The run facts of a report's metadata as labelled entries, shared by every renderer. */
final class MetadataEntries {

    private MetadataEntries() {
    }

    static List<KeyValues.Entry> of(Metadata m) {
        List<KeyValues.Entry> entries = new ArrayList<>();
        if (m.toolVersion() != null) {
            entries.add(new KeyValues.Entry("Tool version", m.toolVersion()));
        }
        if (m.date() != null) {
            entries.add(new KeyValues.Entry("Date", m.date()));
        }
        if (!m.seeds().isEmpty()) {
            entries.add(new KeyValues.Entry("Seeds", m.seeds().stream().map(String::valueOf).collect(Collectors.joining(", "))));
        }
        if (m.sweep() != null) {
            entries.add(new KeyValues.Entry("Sweep", m.sweep()));
        }
        if (m.elapsedSeconds() != null) {
            entries.add(new KeyValues.Entry("Elapsed time", Numbers.readable(m.elapsedSeconds()) + " s"));
        }
        for (String note : m.notes()) {
            entries.add(new KeyValues.Entry("Note", note));
        }
        return entries;
    }
}
