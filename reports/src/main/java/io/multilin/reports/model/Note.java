package io.multilin.reports.model;

import java.util.Objects;

/** A highlighted remark: why a verdict is what it is, or something the reader must not miss. */
public record Note(Kind kind, RichText text) implements Block {

    public enum Kind { REASON, WARNING }

    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public Note(Kind kind, String text) {
        this(kind, RichText.of(Objects.requireNonNull(text, "text")));
    }

    public static Note reason(RichText text) {
        return new Note(Kind.REASON, text);
    }

    public static Note reason(String text) {
        return new Note(Kind.REASON, text);
    }

    public static Note warning(String text) {
        return new Note(Kind.WARNING, text);
    }
}
