package io.multilin.symbolic.cas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The symbolic module reaches Symja only through {@link SymjaSession}, and never hands it a
 * string to parse: read off the module's own sources (the working directory of its tests).
 */
class SymjaDoorTest {

    /** Symja's entry points that evaluate, or parse text into expressions. */
    private static final Pattern DOOR = Pattern.compile(
            "\\b(ExprEvaluator|EvalEngine|ExprParser|MathMLUtilities|TeXUtilities)\\b|\\.(parse|evaluate|eval)\\(\\s*\"");

    @Test
    void onlyTheSessionEvaluatesAndNothingParses() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 20, "the module's sources are found");
        List<String> outside = sources.stream().filter(p -> !p.getParent().endsWith("cas"))
                .filter(p -> DOOR.matcher(read(p)).find()).map(Path::toString).toList();
        assertEquals(List.of(), outside);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
