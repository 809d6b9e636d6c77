package io.multilin.reports.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.Objects;

/** One span of {@link RichText}: untrusted plain text, or math built from {@link MathNode}s. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "span")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Inline.Text.class, name = "text"),
        @JsonSubTypes.Type(value = Inline.Math.class, name = "math")})
public sealed interface Inline {

    /** Untrusted plain text: renderers escape it. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Math, typeset as math where the format can. */
    record Math(MathNode node) implements Inline {
        public Math {
            Objects.requireNonNull(node, "node");
        }
    }
}
