package io.multilin.check.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.fakes.ScriptedSides;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.report.ReportOptions;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.schema.ReportSchema;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    static final String CLAIM = """
            id: mixed-bag
            title: several kinds
            network: {widths: [4, m, m, 1], parameterization: ntk}
            assert:
              - tangent-kernel: constant
              - hessian-block: {segments: [1, 1], vanishes: true}
              - init-scale: {of: layer 2, exponent: 0}
              - stationary-at-init: true
            tolerance: 0.1
            """;

    static JsonNode run(ScriptedSides sides, Mode mode) throws Exception {
        Claim claim = new ClaimParser().parse("mixed.yaml", CLAIM).claim().orElseThrow();
        ClaimResult result = new ClaimChecker(sides.sides(), mode, SweepDefaults.of(7, 1), ProgressListener.NONE)
                .check(claim);
        ReportRequest request = new ReportRequest(List.of(result),
                List.of(new ClaimError("other.yaml", 3, "network.widths", "expected a list")),
                new RunMetadata("0.1.0", mode, SweepDefaults.of(7, 1), Instant.EPOCH, Duration.ofSeconds(2), false),
                new ReportOptions(Optional.empty(), false, Optional.empty()));
        return ReportSchema.valid(new ObjectMapper().readTree(JsonReport.toJson(request)));
    }

    @Test
    void theJsonCarriesVerdictsAndEvidence() throws Exception {
        Quantity block = new Quantity.HessianBlock(List.of(1, 2, 3), List.of(1, 2, 3));
        ScriptedSides sides = new ScriptedSides().exponent(new Quantity.TangentKernelChange(3), -1, 2)
                .zero(block).exponent(new Quantity.PreActivationScale(2), 0, 1)
                .exponent(new Quantity.OneStepChange(1, 1), -1, 2)
                .measure(new Quantity.OneStepChange(1, 1), Synthetic::withNaN);
        JsonNode root = run(sides, Mode.BOTH);
        assertEquals(7, root.get("run").get("seed").asLong());
        JsonNode claim = root.get("claims").get(0);
        assertEquals("mixed-bag", claim.get("id").asText());
        assertEquals("mixed.yaml", claim.get("file").asText());
        assertEquals("INCONCLUSIVE", claim.get("verdict").asText());
        JsonNode[] a = new JsonNode[4];
        for (int i = 0; i < 4; i++) {
            a[i] = claim.get("assertions").get(i);
        }
        assertEquals("tangent-kernel", a[0].get("kind").asText());
        assertEquals("constant", a[0].get("claimed").asText());
        assertEquals("constant", a[0].get("symbolic").get("prediction").asText());
        assertEquals("constant", a[0].get("numeric").get("estimate").asText());
        assertEquals("VERIFIED", a[0].get("verdict").asText());
        // the evidence of the derivation check, and of the probes, is in the JSON
        JsonNode check = a[0].get("derivationChecks").get(0);
        assertEquals("AGREES", check.get("agreement").asText());
        JsonNode measured = a[0].get("numeric").get("quantities").get(0);
        assertEquals(5, measured.get("probesEvaluated").size());
        assertTrue(measured.get("probesEvaluated").get(0).size() >= 1);
        assertEquals(0, measured.get("probesDropped").get(0).size());
        assertTrue(measured.get("converged").get(0).asBoolean());

        assertEquals("hessian-block", a[1].get("kind").asText());
        assertEquals(List.of(1, 1), List.of(a[1].get("claimed").get("segments").get(0).asInt(),
                a[1].get("claimed").get("segments").get(1).asInt()));
        assertTrue(a[1].get("claimed").get("vanishes").asBoolean());
        assertTrue(a[1].get("symbolic").get("prediction").isNull());
        assertEquals("identically 0", a[1].get("symbolic").get("exact").asText());
        assertTrue(a[1].get("numeric").get("fallsToFloor").asBoolean());
        assertEquals("VERIFIED", a[1].get("verdict").asText());

        assertEquals(0.0, a[2].get("symbolic").get("prediction").asDouble());
        assertEquals("layer 2", a[2].get("claimed").get("of").asText());

        assertEquals("stationary-at-init", a[3].get("kind").asText());
        assertEquals("INCONCLUSIVE", a[3].get("verdict").asText());
        assertTrue(a[3].get("reason").asText().contains("NaN"));
        assertTrue(a[3].get("numeric").get("estimate").isNull());
        assertEquals("NaN", a[3].get("numeric").get("medians").get(4).asText());
        assertTrue(a[3].get("numeric").get("invalid").asText().contains("NaN"));

        JsonNode error = root.get("errors").get(0);
        assertEquals("other.yaml", error.get("file").asText());
        assertEquals(3, error.get("line").asInt());
        assertEquals("network.widths", error.get("key").asText());
        assertEquals("expected a list", error.get("message").asText());
    }

    @Test
    void modeIsStatedOnlyForOneSidedRuns() throws Exception {
        ScriptedSides sides = new ScriptedSides();
        assertEquals("numeric", run(sides, Mode.NUMERIC).get("mode").asText());
        JsonNode symbolic = run(sides, Mode.SYMBOLIC);
        assertEquals("symbolic", symbolic.get("mode").asText());
        assertEquals("UNSUPPORTED", symbolic.get("claims").get(0).get("verdict").asText());
        assertTrue(symbolic.get("claims").get(0).get("assertions").get(0).get("symbolic").get("prediction").isNull());
    }
}
