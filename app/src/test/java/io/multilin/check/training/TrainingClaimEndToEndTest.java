package io.multilin.check.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.claim.Claim;
import io.multilin.check.claim.ClaimKinds;
import io.multilin.check.claim.ClaimParser;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.json.JsonReport;
import io.multilin.check.report.ReportBuilder;
import io.multilin.check.report.ReportOptions;
import io.multilin.check.report.ReportRequest;
import io.multilin.check.report.RunMetadata;
import io.multilin.check.run.ClaimChecker;
import io.multilin.check.run.SweepDefaults;
import io.multilin.check.schema.ReportSchema;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.ProgressListener;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.Sides;
import io.multilin.check.sides.TrainedRun;
import io.multilin.check.sides.TrainingProgress;
import io.multilin.check.sides.TrainingSide;
import io.multilin.check.sides.real.RealSides;
import io.multilin.check.sides.real.TrainingAdapter;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.Mode;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Section;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A tiny training claim through the real sides (Symja rank, actual training): the claim is too
 * small for the theorem, so only the shape of the evidence and its consistency are asserted.
 */
class TrainingClaimEndToEndTest {

    static final String CLAIM = """
            id: tiny-training
            title: tiny
            train:
              data: {latent: 3, inputs: 4, uses: 1, outputs: 2, generator-width: 4, samples: 32}
              depths: [2, 3, 4]
              width: 8
              weight-decay: 0.02
              steps: 30
              learning-rate: 0.003
            assert:
              - learned-rank: 1
              - small-singular-values: {bound: -0.5}
              - jacobian-rank: 1
            sweep:
              seeds: 2
            """;

    /**
     * Real training; the symbolic rank is the adapter's for the real task in
     * {@link #theAdapterDerivesTheRankOfTheGeneratedTask} and scripted here (Symja's start-up
     * would dominate these tests).
     */
    static final TrainingSide SCRIPTED_RANK = new TrainingSide() {
        @Override
        public RankPrediction bottleneckRank(TrainingSetup setup, long seed) {
            return new RankPrediction(1, 1, true, 3, List.of("scripted"));
        }

        @Override
        public TrainedRun train(TrainingSetup setup, long seed, int threads, TrainingProgress progress) {
            return new TrainingAdapter().train(setup, seed, threads, progress);
        }

        @Override
        public DepthSummary summarize(List<TrainedRun> runs) {
            return new TrainingAdapter().summarize(runs);
        }
    };
    static final Sides SIDES = new Sides(RealSides.create().symbolic(), RealSides.create().numeric(), SCRIPTED_RANK);

    @Test
    void theAdapterDerivesTheRankOfTheGeneratedTask() {
        TrainingClaim claim = ClaimKinds.asTraining(new ClaimParser().parse("tiny.yaml", CLAIM.replace("latent: 3, inputs: 4",
                "latent: 2, inputs: 2").replace("generator-width: 4", "generator-width: 2")).claim().orElseThrow());
        RankPrediction rank = new TrainingAdapter().bottleneckRank(claim.training(), 11);
        assertEquals(1, rank.rank(), "the target reads z1 only");
        assertTrue(rank.exact());
        assertEquals(2, rank.inputMapRank(), "generic weights: the input map is an immersion");
    }

    static ClaimResult check(Mode mode, List<String> progress) throws Exception {
        Claim claim = new ClaimParser().parse("tiny.yaml", CLAIM).claim().orElseThrow();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void cellDone(io.multilin.architecture.Quantity q, int done, int total) {
            }

            @Override
            public void trainingProgress(String label, int done, int total) {
                progress.add(label);
            }
        };
        return new ClaimChecker(SIDES, mode, SweepDefaults.of(11, 1), listener).check(claim);
    }

    static JsonNode json(ClaimResult result, Mode mode) throws Exception {
        ReportRequest request = new ReportRequest(List.of(result), List.of(),
                new RunMetadata("0.1.0", mode, SweepDefaults.of(11, 1), Instant.EPOCH, Duration.ofSeconds(1), false),
                new ReportOptions(Optional.empty(), false, Optional.empty()));
        return ReportSchema.valid(new ObjectMapper().readTree(JsonReport.toJson(request)));
    }

    @Test
    void aTinyTrainingClaimProducesTheDocumentedJsonAndReport() throws Exception {
        List<String> progress = new ArrayList<>();
        ClaimResult result = check(Mode.BOTH, progress);
        JsonNode claim = json(result, Mode.BOTH).get("claims").get(0);
        assertEquals(List.of(11L, 12L), List.of(claim.get("seeds").get(0).asLong(), claim.get("seeds").get(1).asLong()),
                "seeds are --seed, --seed + 1");
        assertEquals(3, claim.get("train").get("data").get("latent").asInt());
        assertEquals(2, claim.get("runs").size());
        JsonNode depth = claim.get("runs").get(0).get("depths").get(2);
        assertEquals(4, depth.get("depth").asInt());
        assertEquals(4, depth.get("singularValues").size(), "one spectrum per layer");
        assertEquals(1, claim.get("symbolicRanks").get(0).get("rank").asInt(), "the target reads one latent coordinate");
        assertTrue(claim.get("symbolicRanks").get(0).get("exact").asBoolean());

        JsonNode learned = claim.get("assertions").get(0);
        assertEquals("learned-rank", learned.get("kind").asText());
        assertEquals(1, learned.get("claimed").asInt());
        assertEquals(1, learned.get("symbolic").get("prediction").asInt());
        assertEquals(3, learned.get("numeric").get("medians").size());
        assertEquals(List.of(3, 4), List.of(learned.get("numeric").get("upperDepths").get(0).asInt(),
                learned.get("numeric").get("upperDepths").get(1).asInt()));
        assertTrue(learned.get("numeric").has("estimate"));
        // the estimate is the common median rank of the upper depths, or null when they differ
        JsonNode medians = learned.get("numeric").get("medians");
        boolean same = medians.get(1).asInt() == medians.get(2).asInt();
        assertEquals(same, learned.get("numeric").get("estimate").isInt());

        JsonNode small = claim.get("assertions").get(1);
        assertEquals(-0.5, small.get("claimed").get("bound").asDouble());
        assertEquals(-0.5, small.get("symbolic").get("prediction").asDouble());
        assertEquals(2, small.get("numeric").get("ci95").size());
        assertTrue(small.get("numeric").get("r2").isNumber());
        assertEquals(3, small.get("numeric").get("medians").size());
        assertEquals(2, small.get("numeric").get("seedValues").size());

        assertTrue(progress.stream().anyMatch(p -> p.contains("seed 12") && p.contains("L=4")), progress::toString);

        Section section = new ReportBuilder(SIDES.symbolic()).build(new ReportRequest(List.of(result), List.of(),
                new RunMetadata("0.1.0", Mode.BOTH, SweepDefaults.of(11, 1), Instant.EPOCH, Duration.ZERO, false),
                new ReportOptions(Optional.empty(), false, Optional.empty()))).sections().get(1);
        long plots = section.blocks().stream().filter(b -> b instanceof Plot).count();
        assertEquals(3 + 1, plots, "one spectrum plot per depth and the rest against L");
    }

    @Test
    void onlyNumericSkipsTheSymbolicSide() throws Exception {
        ClaimResult result = check(Mode.NUMERIC, new ArrayList<>());
        JsonNode root = json(result, Mode.NUMERIC);
        assertEquals("numeric", root.get("mode").asText());
        JsonNode claim = root.get("claims").get(0);
        assertEquals(0, claim.get("symbolicRanks").size());
        assertFalse(claim.get("assertions").get(0).has("symbolic"));
    }
}
