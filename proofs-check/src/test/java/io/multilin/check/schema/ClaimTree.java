package io.multilin.check.schema;

import io.multilin.check.claim.ClaimYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A claim file as a tree of mappings, lists and scalars that keep their spelling, so that a
 * generated claim can be mutated and written again without a YAML library re-spelling its
 * values ({@code 1e5} must stay {@code 1e5}, not become {@code 100000.0}). Written in YAML's
 * flow style on one line: the parser and the schema do not care about layout.
 */
final class ClaimTree {

    /** A scalar written plain, exactly as given: YAML decides whether it is a number, a boolean or text. */
    record Raw(String text) {
    }

    /** Free text, always double-quoted. */
    record Quoted(String text) {
    }

    private ClaimTree() {
    }

    static Raw raw(Object value) {
        return new Raw(String.valueOf(value));
    }

    @SafeVarargs
    static Map<String, Object> map(Map.Entry<String, Object>... entries) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }

    static String yaml(Object node) {
        if (node instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(e -> e.getKey() + ": " + yaml(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (node instanceof List<?> list) {
            return list.stream().map(ClaimTree::yaml).collect(Collectors.joining(", ", "[", "]"));
        }
        if (node instanceof Raw raw) {
            // flow indicators would end a plain scalar early: such a token (poly(1, 2)) is quoted
            return raw.text().matches(".*[,\\[\\]{}].*") ? ClaimYaml.quoted(raw.text()) : raw.text();
        }
        return ClaimYaml.quoted(((Quoted) node).text());
    }

    /** A copy that can be mutated without touching the original. */
    static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }

    /** A place in the tree: an entry of a mapping (key) or an item of a list (index). */
    record Slot(Object container, Object key) {

        Object value() {
            return container instanceof Map<?, ?> m ? m.get(key) : ((List<?>) container).get((Integer) key);
        }

        @SuppressWarnings("unchecked")
        void set(Object value) {
            if (container instanceof Map<?, ?> m) {
                ((Map<String, Object>) m).put((String) key, value);
            } else {
                ((List<Object>) container).set((Integer) key, value);
            }
        }

        void remove() {
            if (container instanceof Map<?, ?> m) {
                m.remove(key);
            } else {
                ((List<?>) container).remove((int) (Integer) key);
            }
        }
    }

    /** Every slot below the root, depth first. */
    static List<Slot> slots(Object root) {
        List<Slot> result = new ArrayList<>();
        collect(root, result);
        return result;
    }

    private static void collect(Object node, List<Slot> into) {
        if (node instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                into.add(new Slot(node, key));
                collect(map.get(key), into);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                into.add(new Slot(node, i));
                collect(list.get(i), into);
            }
        }
    }
}
