package io.multilin.check.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Typed access to composed YAML nodes of one file. Every accessor that fails records a
 * {@link ClaimError} at the node's line and returns empty, so that parsing goes on and all the
 * errors of a file are collected.
 */
final class YamlFields {

    private final String file;
    private final List<ClaimError> errors = new ArrayList<>();

    YamlFields(String file) {
        this.file = file;
    }

    List<ClaimError> errors() {
        return errors;
    }

    static int line(Node node) {
        return node.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
    }

    void error(Node node, String key, String message) {
        errors.add(new ClaimError(file, line(node), key, message));
    }

    void error(int line, String key, String message) {
        errors.add(new ClaimError(file, line, key, message));
    }

    /**
     * The entries of a mapping whose keys are all in {@code allowed}; unknown and duplicate keys
     * are errors (the entry is dropped).
     */
    Optional<Map<String, Node>> mapping(Node node, String key, Set<String> allowed, String expected) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, key, "expected " + expected + ", found " + describe(node));
            return Optional.empty();
        }
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                error(keyNode, key, "expected a plain key, found " + describe(keyNode));
                continue;
            }
            String name = scalarKey.getValue();
            String path = join(key, name.isEmpty() ? "''" : name);
            if (!allowed.contains(name)) {
                error(keyNode, path, "unknown key '" + name + "'" + (allowed.isEmpty() ? "" : ": expected one of "
                        + String.join(", ", allowed)));
            } else if (entries.containsKey(name)) {
                error(keyNode, path, "duplicate key '" + name + "'");
            } else {
                entries.put(name, tuple.getValueNode());
            }
        }
        return Optional.of(entries);
    }

    Optional<List<Node>> sequence(Node node, String key, String expected) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        error(node, key, "expected " + expected + ", found " + describe(node));
        return Optional.empty();
    }

    Optional<String> scalar(Node node, String key, String expected) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isEmpty()) {
            return Optional.of(scalar.getValue());
        }
        error(node, key, "expected " + expected + ", found " + describe(node));
        return Optional.empty();
    }

    Optional<Double> number(Node node, String key, String expected) {
        return scalar(node, key, expected).flatMap(text -> {
            Optional<Double> value = Numbers.real(text);
            if (value.isEmpty()) {
                error(node, key, "expected " + expected + ", found '" + text + "'");
            }
            return value;
        });
    }

    /** An exponent of m read exactly (-0.5 is -1/2; -0.33 is -33/100, not -1/3). */
    Optional<io.multilin.architecture.Exponent> exponent(Node node, String key, String expected) {
        return scalar(node, key, expected).flatMap(text -> {
            Optional<io.multilin.architecture.Exponent> value = Numbers.exponent(text);
            if (value.isEmpty()) {
                error(node, key, "expected " + expected + ", found '" + text + "'"
                        + (Numbers.real(text).isPresent() ? " (too many digits to read exactly: write a fraction)" : ""));
            }
            return value;
        });
    }

    Optional<Integer> integer(Node node, String key, String expected) {
        return scalar(node, key, expected).flatMap(text -> {
            Optional<Integer> value = Numbers.integer(text);
            if (value.isEmpty()) {
                error(node, key, "expected " + expected + ", found '" + text + "'");
            }
            return value;
        });
    }

    Optional<Boolean> bool(Node node, String key) {
        return scalar(node, key, "true or false").flatMap(text -> {
            switch (text) {
                case "true": return Optional.of(true);
                case "false": return Optional.of(false);
                default:
                    error(node, key, "expected true or false, found '" + text + "'");
                    return Optional.empty();
            }
        });
    }

    static String join(String parent, String child) {
        return parent == null || parent.isEmpty() ? child : parent + "." + child;
    }

    static String describe(Node node) {
        if (node instanceof ScalarNode scalar) {
            String value = scalar.getValue();
            return value.isEmpty() ? "nothing" : "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
        }
        return node instanceof SequenceNode ? "a list" : "a mapping";
    }
}
