package io.multilin.check.schema;

import static io.multilin.check.schema.ClaimTree.raw;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid dynamics assertions for a network of a given depth: feature-change (an existing layer),
 * output-change, loss-change and regime (only with a hidden layer), with increasing steps from 1 to 20, one
 * scale form, and sometimes a target, a rate and an optimizer.
 */
final class DynamicsTrees {

    static final List<String> KINDS = List.of("feature-change", "output-change", "loss-change", "regime");

    private DynamicsTrees() {
    }

    static Arbitrary<Map<String, Object>> any(int depth) {
        Arbitrary<Map<String, Object>> feature = Combinators.combine(Arbitraries.integers().between(1, depth), options(),
                scale()).as((layer, value, scale) -> {
                    value.put("layer", raw(Integer.toString(layer)));
                    value.putAll(scale);
                    return ClaimTree.map(Map.entry("feature-change", value));
                });
        Arbitrary<Map<String, Object>> output = Combinators.combine(options(), scale(), Arbitraries.of("output-change",
                "loss-change")).as((value, scale, kind) -> {
                    value.putAll(scale);
                    return ClaimTree.map(Map.entry(kind, value));
                });
        Arbitrary<String> name = Arbitraries.of("unstable", "feature-learning", "lazy", "trivial");
        Arbitrary<Map<String, Object>> regime = Combinators.combine(name, options(), Arbitraries.of(true, false))
                .as((is, value, bare) -> {
                    if (bare) {
                        return ClaimTree.map(Map.entry("regime", raw(is)));
                    }
                    value.put("is", raw(is));
                    return ClaimTree.map(Map.entry("regime", value));
                });
        return depth >= 2 ? Arbitraries.oneOf(feature, output, regime) : Arbitraries.oneOf(feature, output);
    }

    /** The steps, and sometimes target, lr and optimizer. */
    private static Arbitrary<Map<String, Object>> options() {
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(1, 20).set().ofMinSize(1).ofMaxSize(4)
                .map(set -> set.stream().sorted().toList());
        return Combinators.combine(steps, Arbitraries.of("1", "5", "-2", "1/2").injectNull(0.5),
                Arbitraries.of("0.1", "1", "2/3").injectNull(0.5), Arbitraries.of("gd", "adam").injectNull(0.5))
                .as((t, target, lr, optimizer) -> {
                    Map<String, Object> value = ClaimTree.map();
                    value.put("steps", new ArrayList<>(t.stream().map(i -> raw(Integer.toString(i))).toList()));
                    if (target != null) {
                        value.put("target", raw(target));
                    }
                    if (lr != null) {
                        value.put("lr", raw(lr));
                    }
                    if (optimizer != null) {
                        value.put("optimizer", raw(optimizer));
                    }
                    return value;
                });
    }

    private static Arbitrary<Map<String, Object>> scale() {
        return Arbitraries.of(Map.entry("exponent", "-1/2"), Map.entry("exponent", "0"), Map.entry("order", "one"),
                Map.entry("vanishes", "true"), Map.entry("vanishes", "false"))
                .map(e -> ClaimTree.map(Map.entry(e.getKey(), raw(e.getValue()))));
    }
}
