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
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.TrainingClaimResult;
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
        return result.accept(new ClaimResult.Cases<>() {
            @Override
            public ObjectNode network(NetworkClaimResult r) {
                node.put("radius", r.claim().radius());
                JsonReport.network(node.putObject("network"), r.claim().architecture());
                ArrayNode assertions = node.putArray("assertions");
                r.assertions().forEach(a -> {
                    ObjectNode one = assertion(a);
                    a.symbolic().ifPresent(f -> one.set("symbolic", symbolic(a, f)));
                    a.numeric().ifPresent(f -> one.set("numeric", numeric(a, f)));
                    assertions.add(one);
                });
                return node;
            }

            @Override
            public ObjectNode training(TrainingClaimResult r) {
                TrainingJson.claim(node, r.claim().training(), r.evidence());
                ArrayNode assertions = node.putArray("assertions");
                for (int i = 0; i < r.assertions().size(); i++) {
                    AssertionResult a = r.assertions().get(i);
                    TrainingAssertion claimed = r.claim().assertions().get(i);
                    ObjectNode one = assertion(a);
                    a.symbolic().ifPresent(f -> one.set("symbolic", TrainingJson.symbolic(claimed, f)));
                    a.numeric().ifPresent(f -> one.set("numeric", TrainingJson.numeric(claimed, f, r.evidence())));
                    assertions.add(one);
                }
                return node;
            }
        });
    }

    private static void network(ObjectNode network, Architecture a) {
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
    }

    /** What every kind of assertion reports: its kind, claimed value, line, verdict, reason and checks. */
    private static ObjectNode assertion(AssertionResult r) {
        Assertion a = r.assertion();
        ObjectNode node = F.objectNode();
        node.put("kind", a.kind().key());
        node.set("claimed", ClaimedJson.of(a));
        node.put("line", a.line());
        node.put("verdict", r.label());
        node.put("reason", r.reason());
        if (!r.checks().isEmpty()) {
            ArrayNode checks = node.putArray("derivationChecks");
            r.checks().forEach(c -> checks.addObject().put("quantity", c.quantity().label())
                    .put("key", c.quantity().key())
                    .put("derived", c.derived().text()).put("agreement", c.agreement().name())
                    .put("reason", c.reason()));
        }
        ArrayNode expectations = node.putArray("expectations");
        r.expectations().forEach(e -> expectations.addObject().put("quantity", e.quantity().label())
                .put("key", e.quantity().key())
                .put("property", e.property().expectation()));
        return node;
    }

    private static ObjectNode symbolic(AssertionResult r, SideFinding finding) {
        ObjectNode node = F.objectNode();
        switch (r.assertion().kind().answer()) {
            case COUNT -> finding.degree().ifPresentOrElse(d -> node.put("prediction", d),
                    () -> node.putNull("prediction"));
            case VALUE -> finding.value().ifPresentOrElse(v -> node.set("prediction", ClaimedJson.yesNo(v)),
                    () -> node.putNull("prediction"));
            case EXPONENT -> EvidenceJson.putPrediction(node, r.predictions().get(r.primaryQuantity()));
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
        ObjectNode node = F.objectNode();
        switch (r.assertion().kind().answer()) {
            case COUNT -> finding.degree().ifPresentOrElse(d -> node.put("estimate", d),
                    () -> node.putNull("estimate"));
            case VALUE -> {
                // a yes/no value is decided by a fitted quantity, which is shown beside it; a
                // regime by every layer's, listed under quantities below
                finding.value().ifPresentOrElse(v -> node.set("estimate", ClaimedJson.yesNo(v)),
                        () -> node.putNull("estimate"));
                if (!r.expectations().isEmpty()) {
                    EvidenceJson.putMeasurement(node, r.measurements().get(r.primaryQuantity()));
                }
            }
            case EXPONENT -> EvidenceJson.putMeasurement(node, r.measurements().get(r.primaryQuantity()));
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
