package io.multilin.check.schema;

import static io.multilin.check.schema.ClaimTree.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a valid claim tree: a key or item removed, an unknown key added, a value of the
 * wrong type, a number out of range, a list emptied. {@code pick} chooses the place among the
 * tree's slots and {@code choice} the new value, both modulo what there is.
 */
record Mutation(Kind kind, int pick, int choice) {

    enum Kind { REMOVE, UNKNOWN_KEY, WRONG_TYPE, OUT_OF_RANGE, EMPTY_LIST }

    /** YAML numbers around every bound of the format (integers, ranks, degrees, tolerance, positivity). */
    static final List<String> NUMBERS = List.of("-1", "0", "0.3", "65", "100001", "1000000000", "-0.5", "2.5", "0.001");

    static Arbitrary<Mutation> any() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
                Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
    }

    /** A mutated copy of {@code tree}, and what was done, for messages and statistics. */
    Applied apply(Map<String, Object> tree) {
        @SuppressWarnings("unchecked")
        Map<String, Object> copy = (Map<String, Object>) ClaimTree.copy(tree);
        List<ClaimTree.Slot> slots = ClaimTree.slots(copy);
        return switch (kind) {
            case REMOVE -> {
                ClaimTree.Slot slot = slots.get(pick % slots.size());
                slot.remove();
                yield new Applied(copy, "removed " + slot.key());
            }
            case UNKNOWN_KEY -> {
                List<Map<String, Object>> maps = new ArrayList<>(List.of(copy));
                slots.stream().map(ClaimTree.Slot::value).filter(v -> v instanceof Map<?, ?>)
                        .forEach(v -> maps.add(cast(v)));
                Map<String, Object> target = maps.get(pick % maps.size());
                target.put(List.of("bogus", "parametrization", "radius2", "seed").get(choice % 4), raw("1"));
                yield new Applied(copy, "unknown key in " + target.keySet());
            }
            case WRONG_TYPE -> {
                ClaimTree.Slot slot = slots.get(pick % slots.size());
                List<Object> values = List.of(new ArrayList<Object>(List.of(raw("1"))),
                        ClaimTree.map(Map.entry("x", raw("1"))), raw("bogus"), raw("true"), raw("m"), raw("-1/2"));
                Object value = values.get(choice % values.size());
                slot.set(value);
                yield new Applied(copy, slot.key() + " set to " + ClaimTree.yaml(value));
            }
            case OUT_OF_RANGE -> {
                List<ClaimTree.Slot> leaves = slots.stream().filter(s -> s.value() instanceof ClaimTree.Raw).toList();
                ClaimTree.Slot slot = leaves.get(pick % leaves.size());
                String value = NUMBERS.get(choice % NUMBERS.size());
                slot.set(raw(value));
                yield new Applied(copy, slot.key() + " set to " + value);
            }
            case EMPTY_LIST -> {
                List<ClaimTree.Slot> lists = slots.stream().filter(s -> s.value() instanceof List<?>).toList();
                ClaimTree.Slot slot = lists.get(pick % lists.size());
                slot.set(new ArrayList<>());
                yield new Applied(copy, slot.key() + " emptied");
            }
        };
    }

    record Applied(Map<String, Object> tree, String description) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object value) {
        return (Map<String, Object>) value;
    }
}
