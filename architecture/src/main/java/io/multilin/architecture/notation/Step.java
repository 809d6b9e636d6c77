package io.multilin.architecture.notation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One step of a derivation: words and math, in order. {@link #plain()} is the line the console
 * and the JSON have always shown; a report typesets the math pieces.
 */
public record Step(List<Piece> pieces) {

    public Step {
        pieces = List.copyOf(pieces);
    }

    /** Words, or math. */
    public sealed interface Piece {
        record Words(String text) implements Piece {
            public Words {
                Objects.requireNonNull(text, "text");
            }
        }

        record Math(Notation notation) implements Piece {
            public Math {
                Objects.requireNonNull(notation, "notation");
            }
        }
    }

    /** Each part a String (words), a {@link Notation} (math) or a Step (spliced). */
    public static Step of(Object... parts) {
        List<Piece> pieces = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof String s) {
                pieces.add(new Piece.Words(s));
            } else if (part instanceof Notation n) {
                pieces.add(new Piece.Math(n));
            } else if (part instanceof Step s) {
                pieces.addAll(s.pieces());
            } else {
                throw new IllegalArgumentException("a step part is a String, a Notation or a Step, got " + part);
            }
        }
        return new Step(pieces);
    }

    /** Steps joined by a separator, e.g. the parts of one group's derivation. */
    public static Step join(String separator, List<Step> steps) {
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                parts.add(separator);
            }
            parts.add(steps.get(i));
        }
        return of(parts.toArray());
    }

    public String plain() {
        return pieces.stream().map(p -> p instanceof Piece.Math m ? m.notation().plain() : ((Piece.Words) p).text())
                .collect(Collectors.joining());
    }

    public static List<String> plain(List<Step> steps) {
        return steps.stream().map(Step::plain).toList();
    }
}
