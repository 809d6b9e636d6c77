package io.multilin.check.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.ClaimError;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.SideFinding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** The {@code --json} output of docs/CLAIMS.md, plus the evidence behind every verdict. */
public final class JsonReport {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static void write(ReportRequest request, Path out) throws IOException {
        Files.writeString(out, toJson(request) + "\n", StandardCharsets.UTF_8);
    }

    public static String toJson(ReportRequest request) {
        try {
            return MAPPER.writeValueAsString(tree(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the report", e);
        }
    }

    public static ObjectNode tree(ReportRequest request) {
        RunMetadata meta = request.metadata();
        ObjectNode root = F.objectNode();
        if (meta.mode() != Mode.BOTH) {
            root.put("mode", meta.mode().name().toLowerCase(Locale.ROOT));
        }
        ObjectNode run = root.putObject("run");
        run.put("version", meta.version());
        run.put("seed", meta.sweep().baseSeed());
        run.put("threads", meta.sweep().threads());
        // without an override every claim gets the widths its architecture needs (see each measurement)
        meta.sweep().widths().ifPresentOrElse(w -> w.forEach(run.putArray("widths")::add),
                () -> run.put("widths", "per claim: from max(64, 8 x the largest fixed hidden width), 5 widths"
                        + " doubling, raised when undecided"));
        run.put("seeds", meta.sweep().seeds());
        run.put("started", meta.started().toString());
        run.put("elapsedSeconds", meta.elapsed().toMillis() / 1000.0);
        run.put("interrupted", meta.interrupted());
        ArrayNode claims = root.putArray("claims");
        request.results().forEach(r -> claims.add(claim(r)));
        ArrayNode errors = root.putArray("errors");
        for (ClaimError e : request.errors()) {
            ObjectNode error = errors.addObject();
            error.put("file", e.file());
            error.put("line", e.line());
            error.put("key", e.key());
            error.put("message", e.message());
        }
        return root;
    }

    private static ObjectNode claim(ClaimResult result) {
        ObjectNode node = F.objectNode();
        node.put("id", result.claim().id());
        node.put("file", result.claim().file());
        node.put("title", result.claim().title());
        result.claim().source().ifPresent(s -> node.put("source", s));
        node.put("verdict", result.label());
        node.put("tolerance", result.claim().tolerance());
        if (result.claim().isTraining()) {
            TrainingJson.claim(node, result.claim().training().orElseThrow(), result.training().orElseThrow());
            ArrayNode assertions = node.putArray("assertions");
            result.assertions().forEach(r -> assertions.add(assertion(r, result)));
            return node;
        }
        node.put("radius", result.claim().radius());
        Architecture a = result.claim().architecture();
        ObjectNode network = node.putObject("network");
        ArrayNode widths = network.putArray("widths");
        a.widths().forEach(w -> widths.add(w.spelling()));
        network.put("activation", a.activation().spelling());
        network.put("output", a.output().spelling());
        network.put("parameterization", a.parameterization().spelling());
        ArrayNode segments = network.putArray("segments");
        a.segments().segments().forEach(s -> {
            ArrayNode layers = segments.addArray();
            s.forEach(layers::add);
        });
        ArrayNode assertions = node.putArray("assertions");
        result.assertions().forEach(r -> assertions.add(assertion(r, result)));
        return node;
    }

    private static ObjectNode assertion(AssertionResult r, ClaimResult claim) {
        Assertion a = r.assertion();
        ObjectNode node = F.objectNode();
        node.put("kind", a.kind());
        node.set("claimed", ClaimedJson.of(a));
        node.put("line", a.line());
        node.put("verdict", r.label());
        node.put("reason", r.reason());
        if (!r.checks().isEmpty()) {
            ArrayNode checks = node.putArray("derivationChecks");
            r.checks().forEach(c -> checks.addObject().put("quantity", c.quantity().label())
                    .put("derived", c.derived().text()).put("agreement", c.agreement().name())
                    .put("reason", c.reason()));
        }
        ArrayNode expectations = node.putArray("expectations");
        r.plan().expectations().forEach(e -> expectations.addObject().put("quantity", e.quantity().label())
                .put("property", e.property().expectation()));
        if (claim.training().isPresent()) {
            r.symbolic().ifPresent(f -> node.set("symbolic", TrainingJson.symbolic(a, f)));
            r.numeric().ifPresent(f -> node.set("numeric", TrainingJson.numeric(a, f, claim.training().get())));
            return node;
        }
        r.symbolic().ifPresent(f -> node.set("symbolic", symbolic(r, f)));
        r.numeric().ifPresent(f -> node.set("numeric", numeric(r, f)));
        return node;
    }

    private static ObjectNode symbolic(AssertionResult r, SideFinding finding) {
        Assertion a = r.assertion();
        ObjectNode node = F.objectNode();
        if (ClaimedJson.isDegree(a)) {
            finding.degree().ifPresentOrElse(d -> node.put("prediction", d), () -> node.putNull("prediction"));
        } else if (ClaimedJson.isYesNo(a)) {
            finding.value().ifPresentOrElse(v -> node.set("prediction", ClaimedJson.yesNo(v)),
                    () -> node.putNull("prediction"));
        } else {
            Prediction p = r.predictions().get(r.primaryQuantity());
            EvidenceJson.putPrediction(node, p);
        }
        node.put("outcome", finding.outcome().name());
        node.put("reason", finding.judgement().reason());
        ArrayNode quantities = node.putArray("quantities");
        for (Map.Entry<Quantity, Prediction> e : r.predictions().entrySet()) {
            quantities.add(EvidenceJson.prediction(e.getKey(), e.getValue()));
        }
        return node;
    }

    private static ObjectNode numeric(AssertionResult r, SideFinding finding) {
        Assertion a = r.assertion();
        ObjectNode node = F.objectNode();
        if (ClaimedJson.isDegree(a)) {
            finding.degree().ifPresentOrElse(d -> node.put("estimate", d), () -> node.putNull("estimate"));
        } else {
            if (ClaimedJson.isYesNo(a)) {
                finding.value().ifPresentOrElse(v -> node.set("estimate", ClaimedJson.yesNo(v)),
                        () -> node.putNull("estimate"));
            }
            Measurement m = r.measurements().get(r.primaryQuantity());
            EvidenceJson.putMeasurement(node, m);
        }
        node.put("outcome", finding.outcome().name());
        node.put("reason", finding.judgement().reason());
        ArrayNode quantities = node.putArray("quantities");
        for (Map.Entry<Quantity, Measurement> e : r.measurements().entrySet()) {
            quantities.add(EvidenceJson.measurement(e.getKey(), e.getValue()));
        }
        return node;
    }
}
