package io.multilin.check.schema;

import static io.multilin.check.schema.ClaimTree.raw;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Width;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.claim.Scale;
import io.multilin.check.testing.ClaimArbitraries;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid claim files as trees, of every assertion kind: network claims are ClaimArbitraries'
 * claims, given init-scale, one-step-change, stationary-at-init and dynamics assertions
 * ({@link DynamicsTrees}) and sometimes an abc parameterization; training claims are drawn here.
 */
final class ClaimTrees {

    static final List<String> EXPONENTS = List.of("0", "-1/2", "-0.5", "1", "-1", "3/4", "-5e-1", "0.25", "+2");

    private ClaimTrees() {
    }

    static Arbitrary<Map<String, Object>> any() {
        return Arbitraries.oneOf(network(), training());
    }

    static Arbitrary<Map<String, Object>> network() {
        Arbitrary<String> exponent = Arbitraries.of(EXPONENTS);
        return ClaimArbitraries.claims().flatMap(claim -> {
            int depth = claim.architecture().depth();
            Arbitrary<Object> layer = Arbitraries.integers().between(1, depth).map(l -> "layer " + l)
                    .injectNull(0.3).map(l -> l == null ? "output" : l);
            Arbitrary<Map<String, Object>> init = Combinators.combine(layer, exponent)
                    .as((of, e) -> ClaimTree.map(Map.entry("init-scale", ClaimTree.map(Map.entry("of", raw(of)),
                            Map.entry("exponent", raw(e))))));
            Arbitrary<Map<String, Object>> step = Combinators.combine(exponent,
                    Arbitraries.of("1", "0.5", "-2", "1/2").injectNull(0.5), Arbitraries.of("1", "0.1", "2/3").injectNull(0.5))
                    .as((e, target, lr) -> {
                        Map<String, Object> value = ClaimTree.map(Map.entry("exponent", raw(e)), Map.entry("loss", raw("mse")));
                        if (target != null) {
                            value.put("target", raw(target));
                        }
                        if (lr != null) {
                            value.put("lr", raw(lr));
                        }
                        return ClaimTree.map(Map.entry("one-step-change", value));
                    });
            Arbitrary<Map<String, Object>> stationary = Arbitraries.of("true", "false")
                    .map(b -> ClaimTree.map(Map.entry("stationary-at-init", raw(b))));
            Arbitrary<List<Map<String, Object>>> extra = Arbitraries.oneOf(init, step, stationary,
                    DynamicsTrees.any(depth)).list().ofMaxSize(3);
            Arbitrary<Integer> abc = Arbitraries.integers().between(0, 2);
            return Combinators.combine(extra, abc, exponent.list().ofSize(3 * depth))
                    .as((more, p, lists) -> networkTree(claim, more, p, lists));
        });
    }

    /** {@code abc}: 0 keeps the named parameterization, 1 is abc with a, b, 2 abc with a, b, c. */
    private static Map<String, Object> networkTree(NetworkClaim claim, List<Map<String, Object>> more, int abc,
                                                   List<String> exponents) {
        Architecture a = claim.architecture();
        Map<String, Object> network = new LinkedHashMap<>();
        network.put("widths", new ArrayList<>(a.widths().stream().map(Width::spelling).map(ClaimTree::raw).toList()));
        network.put("activation", raw(a.activation().spelling()));
        network.put("output", raw(a.output().spelling()));
        network.put("parameterization", raw(abc == 0 ? a.parameterization().spelling() : "abc"));
        int depth = a.depth();
        for (int i = 0; i < (abc == 0 ? 0 : abc + 1); i++) {
            network.put(List.of("a", "b", "c").get(i), new ArrayList<>(exponents.subList(i * depth, (i + 1) * depth)
                    .stream().map(ClaimTree::raw).toList()));
        }
        List<Object> assertions = new ArrayList<>(claim.assertions().stream().map(ClaimTrees::assertion).toList());
        // abc without c has no learning rates: the one-step kinds are then errors, not valid claims
        more.stream().filter(m -> abc != 1 || !(m.containsKey("one-step-change") || m.containsKey("stationary-at-init")
                        || DynamicsTrees.KINDS.stream().anyMatch(m::containsKey)))
                .forEach(assertions::add);
        Map<String, Object> tree = top(claim.id(), claim.title());
        tree.put("network", network);
        tree.put("ball", ClaimTree.map(Map.entry("radius", raw("1.0"))));
        tree.put("assert", assertions);
        claim.sweep().ifPresent(s -> {
            Map<String, Object> sweep = new LinkedHashMap<>();
            s.widths().ifPresent(w -> sweep.put("widths", new ArrayList<>(w.stream().map(ClaimTree::raw).toList())));
            s.seeds().ifPresent(n -> sweep.put("seeds", raw(n)));
            tree.put("sweep", sweep);
        });
        tree.put("tolerance", raw(claim.tolerance()));
        return tree;
    }

    static Map<String, Object> top(String id, String title) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("id", raw(id));
        tree.put("title", new ClaimTree.Quoted(title));
        tree.put("source", new ClaimTree.Quoted("generated"));
        return tree;
    }

    private static Object assertion(Assertion a) {
        Object value;
        if (a instanceof NetworkAssertion.HessianNorm h) {
            value = scale(h.scale());
        } else if (a instanceof NetworkAssertion.HessianBlock b) {
            Map<String, Object> block = ClaimTree.map(Map.entry("segments",
                    new ArrayList<Object>(List.of(raw(b.rowSegment()), raw(b.columnSegment())))));
            block.putAll(scale(b.scale()));
            value = block;
        } else if (a instanceof NetworkAssertion.TangentKernel k) {
            value = raw(k.constant() ? "constant" : "varies");
        } else {
            value = raw(a.claimedText());
        }
        return ClaimTree.map(Map.entry(a.kind().key(), value));
    }

    static Map<String, Object> scale(Scale scale) {
        String[] pair = scale.spelling().split(": ", 2);
        return ClaimTree.map(Map.entry(pair[0], raw(pair[1])));
    }

    static Arbitrary<Map<String, Object>> training() {
        return TrainingTrees.claims();
    }
}
