package io.multilin.check.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * Writes one JSON object per line. Every line starts with its {@code "task"}, so that a reader
 * can dispatch on it without knowing every key; lines are flushed as they are written, so that
 * a long run shows its results as they come and an interrupted one keeps what it printed.
 */
final class BenchOutput {

    private final ObjectMapper json = new ObjectMapper();
    private final PrintStream out;

    BenchOutput(PrintStream out) {
        this.out = out;
    }

    /** A new line for {@code task}; fill it and {@link #emit} it. */
    ObjectNode line(String task) {
        ObjectNode node = json.createObjectNode();
        node.put("task", task);
        return node;
    }

    /** {@code key: [values...]} on a line. */
    static void putInts(ObjectNode line, String key, Iterable<Integer> values) {
        ArrayNode array = line.putArray(key);
        values.forEach(array::add);
    }

    void emit(ObjectNode line) {
        try {
            out.println(json.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a bench line could not be written as JSON", e);
        }
        out.flush();
    }
}
