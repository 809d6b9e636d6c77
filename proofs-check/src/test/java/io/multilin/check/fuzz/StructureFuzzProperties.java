package io.multilin.check.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.check.claim.ParsedClaim;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Unknown keys, tags, deep nesting and anchors in a valid claim: each refused, at its line and key. */
class StructureFuzzProperties extends WithFuzzOracle {

    /** An unknown key on a new line, a sibling of an existing key: refused, naming it at its line. */
    @Property(tries = 800, seed = "3001", generation = GenerationMode.RANDOMIZED)
    void unknownKeys(@ForAll("keyLines") int line, @ForAll("unknownNames") String name) {
        List<String> lines = new ArrayList<>(Template.valid().lines().toList());
        String at = lines.get(line);
        String indent = at.substring(0, at.length() - at.stripLeading().length());
        // before an existing key, as its sibling: the structure stays valid YAML
        lines.add(line, indent + name + ": 1");
        ParsedClaim parsed = oracle.check(Hostile.text("unknown-keys", String.join("\n", lines) + "\n", true));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.message().startsWith("unknown key '" + name + "'")
                && e.key().endsWith(name) && e.line() == line + 1), parsed.errors()::toString);
    }

    @Property(tries = 800, seed = "3002", generation = GenerationMode.RANDOMIZED)
    void explicitTags(@ForAll("tagSlots") String slot, @ForAll("tags") String tag) {
        ParsedClaim parsed = oracle.check(Hostile.text("tags", Template.with(slot, tag + " " + Template.VALID.get(slot)),
                true));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.message().startsWith("YAML tags are not allowed")
                || e.message().startsWith("YAML syntax error")), parsed.errors()::toString);
    }

    @Property(tries = 300, seed = "3003", generation = GenerationMode.RANDOMIZED)
    void deepNesting(@ForAll @IntRange(min = 17, max = 50_000) int depth, @ForAll("nestings") int style,
                     @ForAll("slotsForNesting") String slot) {
        String value = switch (style) {
            case 0 -> "[".repeat(depth);
            case 1 -> "[".repeat(depth) + "1" + "]".repeat(depth);
            case 2 -> "{a: ".repeat(depth) + "1" + "}".repeat(depth);
            default -> "\n" + blockNesting(Math.min(depth, 1200));
        };
        ParsedClaim parsed = oracle.check(Hostile.text("deep-nesting", Template.with(slot, value), true));
        if (style < 3) {
            assertTrue(parsed.errors().stream().anyMatch(e -> e.message().startsWith("nesting deeper")),
                    parsed.errors()::toString);
        }
    }

    @Property(tries = 500, seed = "3004", generation = GenerationMode.RANDOMIZED)
    void anchorsAliasesAndMergeKeys(@ForAll("anchorTexts") String text) {
        ParsedClaim parsed = oracle.check(Hostile.text("aliases-and-merge-keys", text, true));
        assertTrue(parsed.errors().stream().anyMatch(e -> e.message().contains("YAML anchors")
                || e.message().contains("YAML aliases") || e.message().contains("merge keys")
                || e.message().startsWith("YAML syntax error")), parsed.errors()::toString);
    }

    private static String blockNesting(int depth) {
        StringBuilder b = new StringBuilder();
        for (int d = 1; d <= depth; d++) {
            b.append(" ".repeat(d)).append(d % 2 == 0 ? "- " : "k: ").append('\n');
        }
        return b.toString();
    }

    @Provide
    Arbitrary<Integer> keyLines() {
        List<String> lines = Template.valid().lines().toList();
        List<Integer> keyed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            // a key line of a block mapping (not a list item, whose mapping is a flow mapping here)
            if (lines.get(i).matches(" *[a-z-]+:.*")) {
                keyed.add(i);
            }
        }
        return Arbitraries.of(keyed);
    }

    @Provide
    Arbitrary<String> unknownNames() {
        return Arbitraries.oneOf(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(30)
                        .map(s -> "x-" + s),
                Arbitraries.of("parametrization", "widht", "activations", "seed", "Tolerance", "ID", "assertions",
                        "radius2", "x-\u00e9t\u00e9", "x-\u4e2d"));
    }

    /** Slots holding a whole YAML value ("layer 2" is one scalar: a tag inside it is just text). */
    @Provide
    Arbitrary<String> tagSlots() {
        return Arbitraries.of(wholeValueSlots());
    }

    static List<String> wholeValueSlots() {
        return Template.VALID.keySet().stream().filter(s -> !s.equals("layer")).sorted().toList();
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.oneOf(Arbitraries.of("!!str", "!!int", "!!float", "!!bool", "!!null", "!!binary",
                        "!!python/object/apply:os.system", "!!java.net.URL", "!!javax.script.ScriptEngineManager",
                        "!<tag:yaml.org,2002:str>", "!<!x>", "!", "!foo", "!e!bar"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "!" + s),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12).map(s -> "!!" + s));
    }

    @Provide
    Arbitrary<Integer> nestings() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<String> slotsForNesting() {
        return Arbitraries.of("title", "source", "w1", "activation", "exponent", "tolerance");
    }

    @Provide
    Arbitrary<String> anchorTexts() {
        Arbitrary<String> laughs = Arbitraries.integers().between(2, 30).flatMap(levels ->
                Arbitraries.integers().between(2, 12).map(width -> billionLaughs(levels, width)));
        Arbitrary<String> anchoredSlot = Arbitraries.of(wholeValueSlots())
                .map(slot -> Template.with(slot, "&a " + Template.VALID.get(slot)));
        Arbitrary<String> aliasedSlot = Arbitraries.of("title", "source", "w1", "activation")
                .map(slot -> "x: &t tanh\n" + Template.with(slot, "*t"));
        Arbitrary<String> merges = Arbitraries.of(
                Template.valid().replace("network:\n", "base: &b {parameterization: ntk}\nnetwork:\n  <<: *b\n"),
                Template.valid().replace("network:\n", "network:\n  <<: {parameterization: ntk}\n"),
                Template.valid().replace("ball:\n", "ball:\n  <<: [{radius: 1}, {radius: 2}]\n"),
                "a: &a [*a]\n" + Template.valid(), "&a a: *a\n", "? &k [1]\n: *k\n", "a: *undefined\n",
                Template.valid() + "x: &x\n  <<: *x\n");
        return Arbitraries.oneOf(laughs, anchoredSlot, aliasedSlot, merges);
    }

    /** The classic: each level an anchored list of {@code width} aliases of the level before. */
    static String billionLaughs(int levels, int width) {
        StringBuilder b = new StringBuilder("l0: &l0 \"lol\"\n");
        for (int i = 1; i <= levels; i++) {
            b.append('l').append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) {
                b.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            }
            b.append("]\n");
        }
        return b.append(Template.valid()).toString();
    }
}
