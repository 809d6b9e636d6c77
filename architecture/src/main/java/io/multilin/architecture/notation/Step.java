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

    /**
     * Adjacent words are merged and empty words dropped, so that two steps with the same words
     * and math are equal however they were assembled (a reason spliced from parts equals the
     * same reason written at once).
     */
    public Step {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            if (piece instanceof Piece.Words w && w.text().isEmpty()) {
                continue;
            }
            int last = merged.size() - 1;
            if (piece instanceof Piece.Words w && last >= 0 && merged.get(last) instanceof Piece.Words before) {
                merged.set(last, new Piece.Words(before.text() + w.text()));
            } else {
                merged.add(piece);
            }
        }
        pieces = List.copyOf(merged);
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
