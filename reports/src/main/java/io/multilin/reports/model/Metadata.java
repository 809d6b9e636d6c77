package io.multilin.reports.model;

import java.util.List;

/**
 * Where a report came from. Every field but the lists may be null when unknown; renderers then
 * leave the line out. {@code date} is free text (the producer formats it, ISO 8601 advised),
 * {@code sweep} describes the widths and seeds swept, {@code elapsedSeconds} the wall time.
 */
public record Metadata(String toolVersion, String date, List<Long> seeds, String sweep,
                       Double elapsedSeconds, List<String> notes) {

    public Metadata {
        seeds = seeds == null ? List.of() : List.copyOf(seeds);
        notes = notes == null ? List.of() : List.copyOf(notes);
        if (elapsedSeconds != null && !(elapsedSeconds >= 0)) {
            throw new IllegalArgumentException("elapsed time must be a non-negative number of seconds, got " + elapsedSeconds);
        }
    }

    public static Metadata empty() {
        return new Metadata(null, null, List.of(), null, null, List.of());
    }
}
