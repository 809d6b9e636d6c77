package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.check.claim.ClaimParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules docs/claim.schema.json's description lists as the parser's alone, one example each,
 * so that the list stays true: on each file the schema and the parser disagree, in the
 * direction written here. A rule that the schema learns to express makes this test fail; the
 * example then moves to the agreeing side (SchemaAgreesWithParserProperties).
 */
class SchemaLimitsTest {

    static final String NETWORK = "id: a\ntitle: t\nnetwork: {widths: [4, m, m, 1], parameterization: ntk}\nassert:\n";
    static final String TRAIN = "id: a\ntitle: t\ntrain: {data: {latent: 3, inputs: 2, uses: USES, outputs: 1, samples: 4},"
            + " depths: DEPTHS, width: 3, weight-decay: 0, steps: 5, learning-rate: 0.1}\nassert:\n  - learned-rank: 1\n";

    /** A file on which the parser says {@code parserAccepts} and the schema the opposite. */
    record Limit(String rule, String yaml, boolean parserAccepts) {
    }

    static final List<Limit> LIMITS = List.of(
            new Limit("(1) segment exists", NETWORK + "  - hessian-block: {segments: [1, 3], order: one}\n", false),
            new Limit("(1) layer exists", NETWORK + "  - init-scale: {of: layer 9, exponent: 0}\n", false),
            new Limit("(2) one a per layer", "id: a\ntitle: t\nnetwork: {widths: [4, m, 1], parameterization: abc,"
                    + " a: [0], b: [0, 1]}\nassert:\n  - linear: true\n", false),
            new Limit("(3) last width fixed", NETWORK.replace("[4, m, m, 1]", "[4, m, m]") + "  - linear: true\n", false),
            new Limit("(4) p <= 1", NETWORK.replace("[4, m, m, 1]", "[4, m^3/2, 1]") + "  - linear: true\n", false),
            new Limit("(4) 32 bits", NETWORK.replace("[4, m, m, 1]", "[4, 99999999999m, 1]") + "  - linear: true\n", false),
            new Limit("(5) sweep increases", NETWORK + "  - linear: true\nsweep: {widths: [64, 32, 128]}\n", false),
            new Limit("(5) depths increase", TRAIN.replace("USES", "1").replace("DEPTHS", "[4, 3, 5]"), false),
            new Limit("(6) uses < latent", TRAIN.replace("USES", "3").replace("DEPTHS", "[2, 3, 4]"), false),
            new Limit("(7) bound of text", NETWORK + "  - linear: true\ntolerance: \"0.3\"\n", false),
            new Limit("(7) bound of a fraction", NETWORK + "  - linear: true\ntolerance: 1/3\n", false),
            new Limit("(8) digits", NETWORK + "  - hessian-norm: {exponent: 0.1234567890123}\n", false),
            new Limit("(8) finite", NETWORK + "  - one-step-change: {exponent: 0, target: 1e400}\n", false),
            new Limit("(9) True", NETWORK + "  - linear: True\n", false),
            new Limit("(9) hex", NETWORK.replace("[4, m, m, 1]", "[0x4, m, 1]") + "  - linear: true\n", false),
            new Limit("(9) 2.0", NETWORK + "  - multilinear-degree: 2.0\n", false),
            new Limit("(9) null as text", NETWORK.replace("title: t", "title: null") + "  - linear: true\n", true),
            new Limit("(9) 1e-3 as an id", NETWORK.replace("id: a", "id: 1e-3") + "  - linear: true\n", true),
            new Limit("(11) poly degree", NETWORK.replace("parameterization: ntk", "parameterization: ntk, activation: 'poly("
                    + "0, ".repeat(100) + "1)'") + "  - linear: true\n", false));

    @Test
    void onEachParserOnlyRuleTheSchemaAndTheParserDisagreeAsDocumented() {
        Schemas schema = Schemas.of(Schemas.CLAIM);
        ClaimParser parser = new ClaimParser();
        for (Limit limit : LIMITS) {
            boolean byParser = parser.parse("limit.yaml", limit.yaml()).errors().isEmpty();
            boolean bySchema = YamlAsJson.read(limit.yaml()).map(schema::errors).orElseThrow().isEmpty();
            assertEquals(limit.parserAccepts(), byParser, limit.rule() + ": parser\n" + limit.yaml());
            assertEquals(!limit.parserAccepts(), bySchema, limit.rule() + ": schema\n" + limit.yaml());
        }
    }
}
