package io.multilin.reports.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** The closed family of things a section holds. The JSON dump names each by {@code "type"}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = Formula.class, name = "formula"),
        @JsonSubTypes.Type(value = Plot.class, name = "plot"),
        @JsonSubTypes.Type(value = Figure.class, name = "figure"),
        @JsonSubTypes.Type(value = Note.class, name = "note"),
        @JsonSubTypes.Type(value = KeyValues.class, name = "key-values")})
public sealed interface Block permits Paragraph, Table, Formula, Plot, Figure, Note, KeyValues {
}
