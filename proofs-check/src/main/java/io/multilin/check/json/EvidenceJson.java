package io.multilin.check.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.WidthPoint;

/** Predictions and measurements as JSON, complete enough to rebuild a report from. */
final class EvidenceJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private EvidenceJson() {
    }

    static ObjectNode prediction(Quantity quantity, Prediction prediction) {
        ObjectNode node = F.objectNode();
        node.put("quantity", quantity.label());
        node.put("key", quantity.key());
        putPrediction(node, prediction);
        return node;
    }

    /** Adds prediction (number or null), exact, derivation or noRule. */
    static void putPrediction(ObjectNode node, Prediction prediction) {
        if (prediction instanceof Prediction.Predicted p) {
            p.exponent().approximately().ifPresentOrElse(v -> node.put("prediction", v), () -> node.putNull("prediction"));
            node.put("exact", p.exponent().text());
            ArrayNode derivation = node.putArray("derivation");
            p.derivation().forEach(derivation::add);
        } else {
            node.putNull("prediction");
            node.put("noRule", ((Prediction.NoRule) prediction).reason());
        }
    }

    static ObjectNode measurement(Quantity quantity, Measurement m) {
        ObjectNode node = F.objectNode();
        node.put("quantity", quantity.label());
        node.put("key", quantity.key());
        putMeasurement(node, m);
        return node;
    }

    /** Adds slope, ci95, r2, n, widths, medians, probes ... of a sweep. */
    static void putMeasurement(ObjectNode node, Measurement m) {
        if (m.fit().isPresent()) {
            Fit fit = m.fit().get();
            number(node, "slope", fit.slope());
            ArrayNode ci = node.putArray("ci95");
            number(ci, fit.ci95Low());
            number(ci, fit.ci95High());
            number(node, "r2", fit.r2());
            node.put("n", fit.n());
            node.put("seeds", fit.seeds());
            node.put("confidence", fit.confidence());
            ArrayNode used = node.putArray("widthsUsed");
            fit.widthsUsed().forEach(used::add);
        } else {
            node.putNull("slope");
            node.putNull("ci95");
            node.putNull("r2");
        }
        ArrayNode widths = node.putArray("widths");
        ArrayNode medians = node.putArray("medians");
        ArrayNode minima = node.putArray("min");
        ArrayNode maxima = node.putArray("max");
        ArrayNode floors = node.putArray("noiseFloor");
        ArrayNode atFloor = node.putArray("atFloor");
        ArrayNode probes = node.putArray("probe");
        ArrayNode seeds = node.putArray("seedValues");
        ArrayNode evaluated = node.putArray("probesEvaluated");
        ArrayNode dropped = node.putArray("probesDropped");
        ArrayNode converged = node.putArray("converged");
        for (WidthPoint p : m.points()) {
            widths.add(p.m());
            number(medians, p.median());
            number(minima, p.min());
            number(maxima, p.max());
            number(floors, p.noiseFloor());
            atFloor.add(p.atFloor());
            probes.add(p.probe());
            ArrayNode names = evaluated.addArray();
            p.probesEvaluated().forEach(names::add);
            ArrayNode left = dropped.addArray();
            p.probesDropped().forEach(left::add);
            converged.add(p.converged());
            ArrayNode values = seeds.addArray();
            p.seedValues().forEach(v -> number(values, v));
        }
        node.put("fallsToFloor", m.fallsToFloor());
        m.problem().ifPresent(reason -> node.put("invalid", reason));
    }

    /** NaN and Inf are not JSON numbers: they are written as strings, never dropped. */
    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.put(key, Double.toString(value));
        }
    }

    private static void number(ArrayNode node, double value) {
        if (Double.isFinite(value)) {
            node.add(value);
        } else {
            node.add(Double.toString(value));
        }
    }
}
