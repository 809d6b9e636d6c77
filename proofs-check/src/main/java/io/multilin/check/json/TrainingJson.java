package io.multilin.check.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.claim.AssertionKind;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.TrainedDepth;
import io.multilin.check.sides.TrainedRun;
import io.multilin.check.sides.TrainingEvidence;
import io.multilin.check.verdict.SideFinding;
import io.multilin.check.verdict.TrainingJudge;
import java.util.List;

/**
 * The JSON of training claims (docs/TRAINING-CLAIMS.md, section 1): the train section, the
 * per-seed derivations and runs (every layer's singular values at every depth), and per
 * assertion the rank or the fit in L with the per-depth values behind it.
 */
final class TrainingJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TrainingJson() {
    }

    static void claim(ObjectNode node, TrainingSetup spec, TrainingEvidence evidence) {
        TaskShape task = spec.task();
        ObjectNode train = node.putObject("train");
        ObjectNode data = train.putObject("data");
        data.put("latent", task.latent()).put("inputs", task.inputs()).put("uses", task.uses())
                .put("outputs", task.outputs()).put("generator-width", task.generatorWidth())
                .put("samples", task.samples());
        spec.depths().forEach(train.putArray("depths")::add);
        train.put("width", spec.width()).put("activation", spec.activation().spelling())
                .put("weight-decay", spec.weightDecay()).put("steps", spec.schedule().maxSteps())
                .put("optimizer", spec.optimizer().spelling()).put("learning-rate", spec.schedule().learningRate())
                .put("biases", spec.biases());
        evidence.seeds().forEach(node.putArray("seeds")::add);
        ArrayNode symbolic = node.putArray("symbolicRanks");
        for (int i = 0; i < evidence.symbolic().size(); i++) {
            RankPrediction p = evidence.symbolic().get(i);
            ObjectNode s = symbolic.addObject().put("seed", evidence.seeds().get(i)).put("rank", p.rank())
                    .put("upperBound", p.upperBound()).put("exact", p.exact()).put("inputMapRank", p.inputMapRank());
            p.derivation().forEach(s.putArray("derivation")::add);
        }
        evidence.symbolicFailure().ifPresent(f -> node.put("symbolicFailure", f));
        evidence.numericFailure().ifPresent(f -> node.put("numericFailure", f));
        ArrayNode runs = node.putArray("runs");
        for (TrainedRun run : evidence.runs()) {
            runs.add(run(run));
        }
        evidence.summary().ifPresent(s -> {
            ObjectNode summary = node.putObject("depthSummary");
            ints(summary.putArray("depths"), s.depths());
            doubles(summary.putArray("restMedians"), s.restMedians());
            summary.set("restFit", s.restFit().map(TrainingJson::fit).orElse(null));
        });
    }

    private static ObjectNode run(TrainedRun run) {
        ObjectNode node = F.objectNode();
        node.put("seed", run.seed()).put("seconds", run.seconds());
        ArrayNode depths = node.putArray("depths");
        for (TrainedDepth d : run.depths()) {
            ObjectNode depth = depths.addObject();
            depth.put("depth", d.depth()).put("steps", d.steps()).put("stop", d.stop().text())
                    .put("fitLoss", d.fitLoss()).put("regularizedLoss", d.regularizedLoss());
            depth.putArray("middleLayers").add(d.middleFrom()).add(d.middleTo());
            d.nearOneCounts().forEach(depth.putArray("nearOneCounts")::add);
            depth.put("learnedRank", d.learnedRank()).put("agreeingMiddleLayers", d.agreeingMiddleLayers())
                    .put("restNormRms", d.restNormRms()).put("largestRest", d.largestRest());
            d.representationRanks().forEach(depth.putArray("representationRanks")::add);
            depth.put("representationRank", d.representationRank()).put("jacobianRank", d.jacobianRank());
            ArrayNode layers = depth.putArray("singularValues");
            for (List<Double> layer : d.singularValues()) {
                layer.forEach(layers.addArray()::add);
            }
        }
        return node;
    }

    /** The symbolic object of a training assertion: integer rank, or the bound's exponent. */
    static ObjectNode symbolic(TrainingAssertion a, SideFinding finding) {
        ObjectNode node = F.objectNode();
        if (a.kind().answer() == AssertionKind.Answer.COUNT) {
            finding.degree().ifPresentOrElse(d -> node.put("prediction", d), () -> node.putNull("prediction"));
        } else {
            node.put("prediction", TrainingJudge.BOUND);
            node.put("exact", TrainingJudge.BOUND_TEXT);
            node.put("bound", true);
        }
        node.put("outcome", finding.outcome().name());
        node.put("reason", finding.judgement().reason());
        return node;
    }

    /** The numeric object: the rank estimate with per-depth ranks, or the fit in L with per-depth medians. */
    static ObjectNode numeric(TrainingAssertion a, SideFinding finding, TrainingEvidence evidence) {
        ObjectNode node = F.objectNode();
        if (a.kind().answer() == AssertionKind.Answer.COUNT) {
            finding.degree().ifPresentOrElse(d -> node.put("estimate", d), () -> node.putNull("estimate"));
        }
        evidence.summary().ifPresent(s -> TrainingJudge.measuredRanks(a, s).ifPresentOrElse(
                perSeed -> ranks(node, s, perSeed), () -> rest(node, s, evidence)));
        node.put("outcome", finding.outcome().name());
        node.put("reason", finding.judgement().reason());
        return node;
    }

    private static void ranks(ObjectNode node, DepthSummary s, int[][] perSeed) {
        ints(node.putArray("depths"), s.depths());
        ints(node.putArray("medians"), DepthSummary.medianOverSeeds(perSeed));
        ArrayNode seeds = node.putArray("seedValues");
        for (int[] ranks : perSeed) {
            ints(seeds.addArray(), ranks);
        }
        List<Integer> upper = s.upperDepthIndices();
        upper.forEach(i -> node.withArray("upperDepths").add(s.depths()[i]));
    }

    private static void rest(ObjectNode node, DepthSummary s, TrainingEvidence evidence) {
        s.restFit().ifPresentOrElse(f -> node.setAll(fit(f)), () -> {
            node.putNull("slope");
            node.putNull("ci95");
            node.putNull("r2");
        });
        ints(node.putArray("depths"), s.depths());
        doubles(node.putArray("medians"), s.restMedians());
        ArrayNode perSeed = node.putArray("seedValues");
        evidence.runs().forEach(r -> doubles(perSeed.addArray(),
                r.depths().stream().mapToDouble(TrainedDepth::restNormRms).toArray()));
    }

    private static ObjectNode fit(Fit f) {
        ObjectNode node = F.objectNode();
        node.put("slope", f.slope());
        node.putArray("ci95").add(f.ci95Low()).add(f.ci95High());
        node.put("r2", f.r2());
        node.put("n", f.n());
        return node;
    }

    private static void ints(ArrayNode array, int[] values) {
        for (int v : values) {
            array.add(v);
        }
    }

    /** NaN and Inf are written as strings, never dropped. */
    private static void doubles(ArrayNode array, double[] values) {
        for (double v : values) {
            if (Double.isFinite(v)) {
                array.add(v);
            } else {
                array.add(Double.toString(v));
            }
        }
    }
}
