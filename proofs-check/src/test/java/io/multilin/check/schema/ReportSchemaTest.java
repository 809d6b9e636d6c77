package io.multilin.check.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Exponent;
import io.multilin.architecture.notation.Step;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.fakes.Synthetic;
import io.multilin.check.json.JsonReport;
import io.multilin.check.report.ReportOptions;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.Sides;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.Verdict;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * docs/report.schema.json describes what JsonReport writes: the bundled network claims, checked
 * through scripted sides that agree, disagree, have no rule or measure at the floor, in every
 * mode, give reports with every verdict and every network assertion kind, and all of them
 * validate (training claims: TrainingClaimEndToEndTest validates its reports). And the schema
 * can fail: each of a few mutations of a valid report is rejected.
 */
class ReportSchemaTest {

    static final Prediction MINUS_HALF = new Prediction.Predicted(new Exponent.Power(new Fraction(-1, 2)),
            List.of(Step.of("scripted")));

    /** Sides that answer every quantity the same way. */
    static List<Sides> scripted() {
        return List.of(
                new Sides((a, q) -> MINUS_HALF, (a, q, s) -> Synthetic.powerLaw(q, -0.5)),
                new Sides((a, q) -> MINUS_HALF, (a, q, s) -> Synthetic.powerLaw(q, 0)),
                new Sides((a, q) -> new Prediction.NoRule("not scripted"), (a, q, s) -> Measurement.invalid(q, "none")),
                new Sides((a, q) -> new Prediction.Predicted(Exponent.ZERO_FUNCTION, List.of(Step.of("no terms"))),
                        (a, q, s) -> Synthetic.atFloor(q)),
                new Sides((a, q) -> MINUS_HALF, (a, q, s) -> Synthetic.withNaN(q)));
    }

    static List<NetworkClaim> networkClaims() throws Exception {
        List<NetworkClaim> claims = new ArrayList<>();
        for (Path file : BundledClaimsSchemaTest.bundled()) {
            new ClaimParser().parse(file).claim().flatMap(ClaimKinds::network).ifPresent(claims::add);
        }
        return claims;
    }

    static JsonNode report(List<ClaimResult> results, Mode mode) throws Exception {
        ReportRequest request = new ReportRequest(results, List.of(new ClaimError("bad.yaml", 6, "network.widths",
                "expected a list")), new RunMetadata("0.1.0", mode, SweepDefaults.of(7, 1), Instant.EPOCH,
                Duration.ofSeconds(2), false), new ReportOptions(Optional.empty(), false, Optional.empty()));
        return new ObjectMapper().readTree(JsonReport.toJson(request));
    }

    @Test
    void reportsOfEveryVerdictAndKindValidate() throws Exception {
        List<NetworkClaim> claims = networkClaims();
        Set<String> verdicts = new TreeSet<>();
        Set<String> kinds = new TreeSet<>();
        int documents = 0;
        for (Mode mode : Mode.values()) {
            for (Sides sides : scripted()) {
                ClaimChecker checker = new ClaimChecker(sides, mode, SweepDefaults.of(7, 1), ProgressListener.NONE);
                List<ClaimResult> results = new ArrayList<>();
                for (Claim claim : claims) {
                    results.add(checker.check(claim));
                }
                JsonNode root = report(results, mode);
                assertEquals(List.of(), ReportSchema.errors(root), mode + " " + documents);
                documents++;
                root.get("claims").forEach(c -> c.get("assertions").forEach(a -> {
                    verdicts.add(a.get("verdict").asText().replaceAll(" \\(quick check.*", " (quick check)"));
                    kinds.add(a.get("kind").asText());
                }));
            }
        }
        for (Verdict v : Verdict.values()) {
            assertTrue(verdicts.contains(v.name()), () -> v + " never shown; verdicts: " + verdicts);
        }
        assertTrue(verdicts.stream().anyMatch(v -> v.endsWith("(numeric only)")), verdicts::toString);
        assertEquals(io.multilin.check.claim.AssertionKind.keys(io.multilin.check.claim.AssertionKind.Family.NETWORK).size(),
                kinds.size(), kinds::toString);
        assertEquals(15, documents);
    }

    @Test
    void aMutatedReportIsRejected() throws Exception {
        Claim claim = networkClaims().get(0);
        ClaimResult result = new ClaimChecker(scripted().get(0), Mode.BOTH, SweepDefaults.of(7, 1),
                ProgressListener.NONE).check(claim);
        JsonNode valid = report(List.of(result), Mode.BOTH);
        assertEquals(List.of(), ReportSchema.errors(valid));
        List<Consumer<ObjectNode>> mutations = List.of(
                root -> root.remove("claims"),
                root -> root.put("mode", "both"),
                root -> assertion(root).put("verdict", "PASSED"),
                root -> assertion(root).put("verdict", "VERIFIED (almost)"),
                root -> assertion(root).put("line", "3"),
                root -> assertion(root).put("kind", "hessian-trace"),
                root -> assertion(root).put("unexpected", 1),
                root -> ((ObjectNode) assertion(root).get("symbolic")).put("outcome", "MAYBE"),
                root -> ((ObjectNode) root.get("claims").get(0)).remove("network"),
                root -> ((ObjectNode) root.get("claims").get(0)).put("tolerance", 0.5),
                root -> ((ArrayNode) root.get("errors")).addObject().put("file", "x.yaml"),
                root -> ((ObjectNode) root.get("run")).put("threads", 0));
        for (int i = 0; i < mutations.size(); i++) {
            ObjectNode copy = valid.deepCopy();
            mutations.get(i).accept(copy);
            assertFalse(ReportSchema.errors(copy).isEmpty(), "mutation " + i + " was accepted");
        }
    }

    private static ObjectNode assertion(ObjectNode root) {
        return (ObjectNode) root.get("claims").get(0).get("assertions").get(0);
    }
}
