package io.multilin.check.fuzz;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid claim file with named slots; a fuzz case replaces one slot's value by a hostile one,
 * so that the hostile value reaches the grammar of that key (and the expected error its key).
 */
final class Template {

    /** The valid text, each slot written {@code @name@}. */
    static final String TEXT = """
            id: @id@
            title: @title@
            source: @source@
            network:
              widths: [@w0@, @w1@, @w2@, 1]
              activation: @activation@
              output: linear
              parameterization: @parameterization@
            ball:
              radius: @radius@
            assert:
              - taylor-degree: @degree@
              - hessian-block: {segments: [@segment@, 1], exponent: @exponent@}
              - init-scale: {of: layer @layer@, exponent: 0}
            sweep:
              widths: [@s0@, 128, 256]
              seeds: @seeds@
            tolerance: @tolerance@
            """;

    private static final Pattern SLOT = Pattern.compile("@([a-z0-9]+)@");

    /** A valid value of every slot. */
    static final Map<String, String> VALID = Map.ofEntries(Map.entry("id", "fuzz-claim"), Map.entry("title", "t"),
            Map.entry("source", "s"), Map.entry("w0", "8"), Map.entry("w1", "m"), Map.entry("w2", "m"),
            Map.entry("activation", "tanh"), Map.entry("parameterization", "ntk"), Map.entry("radius", "1.0"),
            Map.entry("degree", "3"), Map.entry("segment", "1"), Map.entry("exponent", "-1/2"),
            Map.entry("layer", "2"), Map.entry("s0", "64"), Map.entry("seeds", "3"), Map.entry("tolerance", "0.15"));

    /** Slots read as numbers (integers or reals), where numeric hostile values go. */
    static final List<String> NUMERIC = List.of("w0", "w1", "w2", "radius", "degree", "segment", "exponent", "layer",
            "s0", "seeds", "tolerance");

    /** Slots read by a fixed grammar: any hostile value there must be refused. */
    static final List<String> GRAMMAR = List.of("id", "w0", "w1", "w2", "activation", "parameterization", "radius",
            "degree", "segment", "exponent", "layer", "s0", "seeds", "tolerance");

    /** Width slots (w0 must be a fixed integer, w1 and w2 may be expressions in m). */
    static final List<String> WIDTHS = List.of("w0", "w1", "w2");

    private Template() {
    }

    static String with(String slot, String value) {
        Map<String, String> values = new TreeMap<>(VALID);
        values.put(slot, value);
        // one pass, so that a hostile value spelling another slot's marker stays as written
        return SLOT.matcher(TEXT).replaceAll(m -> Matcher.quoteReplacement(values.get(m.group(1))));
    }

    static String valid() {
        return with("id", VALID.get("id"));
    }
}
