package io.multilin.reports.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Text that may carry math: a run of {@link Inline} spans. Plain strings become one text span
 * ({@link #of(String)}); producers that know the structure of what they write (an exponent, a
 * norm) add it as math ({@link #math}), never as characters to be guessed at later.
 */
public record RichText(List<Inline> spans) {

    public RichText {
        spans = List.copyOf(spans);
    }

    /** JSON: plain text stays a string (as before math existed); text with math is an array of spans. */
    @JsonValue
    Object json() {
        return spans.size() == 1 && spans.get(0) instanceof Inline.Text t ? t.text() : spans.toArray(new Inline[0]);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static RichText fromJson(JsonNode node) {
        if (node.isTextual()) {
            return of(node.asText());
        }
        return new RichText(List.of(new ObjectMapper().convertValue(node, Inline[].class)));
    }

    public static RichText of(String text) {
        return new RichText(List.of(new Inline.Text(text)));
    }

    public static RichText math(MathNode node) {
        return new RichText(List.of(new Inline.Math(node)));
    }

    /** Mixed spans: each argument a String (text) or a {@link MathNode} (math) or a RichText (spliced). */
    public static RichText of(Object... parts) {
        List<Inline> spans = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String s) {
                spans.add(new Inline.Text(s));
            } else if (part instanceof MathNode m) {
                spans.add(new Inline.Math(m));
            } else if (part instanceof RichText r) {
                spans.addAll(r.spans());
            } else {
                throw new IllegalArgumentException("a rich text part is a String, a MathNode or a RichText, got " + part);
            }
        }
        return new RichText(spans);
    }

    public RichText append(RichText other) {
        List<Inline> all = new ArrayList<>(spans);
        all.addAll(other.spans);
        return new RichText(all);
    }

    /** Readable text with math in Unicode ({@link PlainMath}), for formats without math. */
    public String plain() {
        return spans.stream().map(s -> s instanceof Inline.Math m ? PlainMath.render(m.node()) : ((Inline.Text) s).text())
                .collect(Collectors.joining());
    }

    /** Joins texts with a separator, e.g. a list of derivation steps. */
    public static RichText join(String separator, List<RichText> parts) {
        List<Inline> all = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                all.add(new Inline.Text(separator));
            }
            all.addAll(parts.get(i).spans());
        }
        return new RichText(all);
    }
}
