package io.multilin.check.schema;

import static io.multilin.check.schema.ClaimTree.raw;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Valid training claims (docs/TRAINING-CLAIMS.md, section 1) as trees, with every training kind. */
final class TrainingTrees {

    private TrainingTrees() {
    }

    static Arbitrary<Map<String, Object>> claims() {
        Arbitrary<Map<String, Object>> data = Arbitraries.integers().between(2, 10).flatMap(latent ->
                Combinators.combine(Arbitraries.integers().between(1, 30), Arbitraries.integers().between(1, latent - 1),
                        Arbitraries.integers().between(1, 8), Arbitraries.integers().between(1, 64).injectNull(0.5),
                        Arbitraries.integers().between(1, 200)).as((inputs, uses, outputs, generator, samples) -> {
                            Map<String, Object> d = ClaimTree.map(Map.entry("latent", raw(latent)),
                                    Map.entry("inputs", raw(inputs)), Map.entry("uses", raw(uses)),
                                    Map.entry("outputs", raw(outputs)), Map.entry("samples", raw(samples)));
                            if (generator != null) {
                                d.put("generator-width", raw(generator));
                            }
                            return d;
                        }));
        // increasing by construction: a sorted set of 3 to 5 depths
        Arbitrary<List<Object>> depths = Arbitraries.integers().between(2, 40).set().ofMinSize(3).ofMaxSize(5)
                .map(s -> new ArrayList<>(new TreeSet<>(s).stream().map(ClaimTree::raw).toList()));
        Arbitrary<Map<String, Object>> options = Combinators.combine(
                Arbitraries.of("relu", "tanh", "linear", "gelu", "poly(0, 1, 0.5)").injectNull(0.5),
                Arbitraries.of("adam", "gd").injectNull(0.5), Arbitraries.of("true", "false").injectNull(0.5))
                .as((activation, optimizer, biases) -> {
                    Map<String, Object> o = new LinkedHashMap<>();
                    if (activation != null) {
                        o.put("activation", raw(activation));
                    }
                    if (optimizer != null) {
                        o.put("optimizer", raw(optimizer));
                    }
                    if (biases != null) {
                        o.put("biases", raw(biases));
                    }
                    return o;
                });
        Arbitrary<Map<String, Object>> train = Combinators.combine(data, depths, Arbitraries.integers().between(1, 100),
                Arbitraries.of("0.02", "0", "1/50", "2e-2"), Arbitraries.integers().between(1, 5000),
                Arbitraries.of("0.003", "1/1000", "3e-3"), options).as((d, l, width, decay, steps, rate, o) -> {
                    Map<String, Object> t = ClaimTree.map(Map.entry("data", d), Map.entry("depths", l),
                            Map.entry("width", raw(width)), Map.entry("weight-decay", raw(decay)),
                            Map.entry("steps", raw(steps)), Map.entry("learning-rate", raw(rate)));
                    t.putAll(o);
                    return t;
                });
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789")
                        .ofMinLength(1).ofMaxLength(10), train, assertions().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(1, 10).injectNull(0.5), Arbitraries.of("0.1", "0.15", "1/4").injectNull(0.5))
                .as((id, t, asserted, seeds, tolerance) -> {
                    Map<String, Object> tree = ClaimTrees.top("train-" + id, "A generated training claim");
                    tree.put("train", t);
                    tree.put("assert", new ArrayList<Object>(asserted));
                    if (seeds != null) {
                        tree.put("sweep", ClaimTree.map(Map.entry("seeds", raw(seeds))));
                    }
                    if (tolerance != null) {
                        tree.put("tolerance", raw(tolerance));
                    }
                    return tree;
                });
    }

    private static Arbitrary<Map<String, Object>> assertions() {
        Arbitrary<Map<String, Object>> rank = Combinators.combine(
                Arbitraries.of("learned-rank", "representation-rank", "jacobian-rank"), Arbitraries.integers().between(1, 6))
                .as((kind, r) -> ClaimTree.map(Map.entry(kind, raw(r))));
        Arbitrary<Map<String, Object>> small = Arbitraries.of("vanishes: true", "vanishes: false", "bound: -0.5",
                "bound: -1/2", "exponent: -1/2", "order: one").map(s -> {
                    String[] pair = s.split(": ");
                    return ClaimTree.map(Map.entry("small-singular-values", ClaimTree.map(Map.entry(pair[0], raw(pair[1])))));
                });
        return Arbitraries.oneOf(rank, small);
    }
}
