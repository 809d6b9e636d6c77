package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.ParsedClaim;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;

/**
 * docs/claim.schema.json accepts a claim file iff the parser does, on generated files: valid
 * claims of every assertion kind (network claims from ClaimArbitraries, training claims from
 * TrainingTrees), and the same with one mutation (a key removed, an unknown key, a value of
 * the wrong type, a number out of range, a list emptied).
 *
 * <p>The domain is syntactic, as the schema's description says. Excluded by construction: the
 * spellings YAML resolves before a schema sees them (True, 0x1F, 2.0 for an integer, null or
 * 1e-3 as an id), numbers written as text out of range (quoted or fractions), digit counts and doubles
 * out of range, duplicate keys, non-text keys and YAML syntax: generators write canonical
 * spellings and mutations short YAML numbers. Allowed but counted apart: a file the schema
 * accepts and the parser rejects only by a rule of {@link ParserOnlyRule} (a segment or layer
 * that does not exist, a/b/c of the wrong length, a last width in m, widths or depths not
 * increasing, uses >= latent). Any other disagreement, in either direction, fails. Shrinking is
 * off: jqwik shrinks flat-mapped generators very slowly, and the message shows the whole file.
 */
class SchemaAgreesWithParserProperties {

    static final List<String> KINDS = kinds();
    private final Schemas schema = Schemas.of(Schemas.CLAIM);
    private final ClaimParser parser = new ClaimParser();

    @Property(tries = 400, seed = "20261202", shrinking = ShrinkingMode.OFF)
    void validClaimsOfEveryKindAreAcceptedByBoth(@ForAll("claims") Map<String, Object> tree) {
        String yaml = ClaimTree.yaml(tree);
        ParsedClaim parsed = parser.parse("generated.yaml", yaml);
        assertEquals(List.of(), parsed.errors(), yaml);
        assertEquals(List.of(), schemaErrors(yaml), yaml);
        parsed.claim().orElseThrow().assertions().forEach(a -> Statistics.label("kind").collect(a.kind().key()));
        // every kind the schema knows (SchemaKindsTest: every kind there is) is generated
        Statistics.label("kind").coverage(c -> KINDS.forEach(k -> c.check(k).count((Integer n) -> n > 0)));
    }

    @Property(tries = 1500, seed = "20261203", shrinking = ShrinkingMode.OFF)
    void theSchemaAcceptsAMutatedClaimIffTheParserDoes(@ForAll("claims") Map<String, Object> tree,
                                                       @ForAll("mutations") Mutation mutation) {
        Mutation.Applied applied = mutation.apply(tree);
        String yaml = ClaimTree.yaml(applied.tree());
        ParsedClaim parsed = parser.parse("mutated.yaml", yaml);
        List<String> schemaErrors = schemaErrors(yaml);
        boolean byParser = parsed.errors().isEmpty();
        boolean bySchema = schemaErrors.isEmpty();
        String context = applied.description() + "\n" + yaml + "\nparser: " + parsed.errors() + "\nschema: " + schemaErrors;
        if (bySchema && !byParser && ParserOnlyRule.explainAll(parsed.errors())) {
            Statistics.label("outcome").collect("parser-only rule");
            return;
        }
        assertEquals(byParser, bySchema, context);
        Statistics.label("outcome").collect(byParser ? "both accept" : "both reject");
        Statistics.label("mutation").collect(mutation.kind());
    }

    private static List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        JsonNode defs = Schemas.tree(Schemas.CLAIM).get("$defs");
        defs.get("networkAssertion").get("properties").fieldNames().forEachRemaining(kinds::add);
        defs.get("trainingAssertion").get("properties").fieldNames().forEachRemaining(kinds::add);
        return kinds;
    }

    /** The schema's errors for the YAML as an editor reads it; unreadable YAML is one error. */
    private List<String> schemaErrors(String yaml) {
        return YamlAsJson.read(yaml).map(schema::errors).orElse(List.of("not YAML"));
    }

    @Provide
    Arbitrary<Map<String, Object>> claims() {
        return ClaimTrees.any();
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Mutation.any();
    }
}
