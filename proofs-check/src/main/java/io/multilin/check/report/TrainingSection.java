package io.multilin.check.report;

import io.multilin.architecture.training.TaskShape;
import io.multilin.architecture.training.TrainingSetup;
import io.multilin.check.claim.TrainingClaim;
import io.multilin.check.sides.DepthSummary;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.RankPrediction;
import io.multilin.check.sides.TrainedDepth;
import io.multilin.check.sides.TrainedRun;
import io.multilin.check.sides.TrainingEvidence;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.TrainingClaimResult;
import io.multilin.check.verdict.TrainingJudge;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.FitLine;
import io.multilin.reports.model.KeyValues;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Note;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Point;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.SlopeLine;
import io.multilin.reports.model.Symbol;
import io.multilin.reports.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A training claim's section (docs/TRAINING-CLAIMS.md): the setup, the symbolic derivation of
 * the bottleneck rank, per depth the measured ranks and rest norms of every seed, the singular
 * values of the middle layers, the fit of the rest against L, and the verdicts with reasons.
 */
final class TrainingSection {

    Section build(TrainingClaimResult result) {
        TrainingClaim claim = result.claim();
        TrainingSetup training = claim.training();
        TrainingEvidence evidence = result.evidence();
        List<Block> blocks = new ArrayList<>();
        blocks.add(setup(claim, training, evidence));
        if (!evidence.symbolic().isEmpty()) {
            blocks.add(new Paragraph(RichText.of("Symbolic side, task of seed " + evidence.seeds().get(0) + ": "
                    + String.join("; ", evidence.symbolic().get(0).derivation()) + ". Bottleneck ranks of every seed's"
                    + " task: " + evidence.symbolic().stream().map(TrainingSection::rank).collect(Collectors.joining(", "))
                    + ". The rest of the spectrum: ", NotationMath.step(TrainingJudge.BOUND_STEP),
                    " per layer (upper bound).")));
        }
        evidence.symbolicFailure().ifPresent(f -> blocks.add(Note.reason("Symbolic side failed: " + f)));
        evidence.numericFailure().ifPresent(f -> blocks.add(Note.reason("Training failed: " + f)));
        if (!evidence.runs().isEmpty()) {
            blocks.add(depthTable(evidence));
            for (TrainedDepth depth : evidence.runs().get(0).depths()) {
                blocks.add(spectrumPlot(depth, evidence.runs().get(0).seed()));
            }
            evidence.summary().ifPresent(s -> blocks.add(restPlot(s, evidence.runs())));
        }
        for (AssertionResult a : result.assertions()) {
            blocks.add(VerdictReason.of(a));
        }
        return new Section(claim.id() + " (" + result.label() + ")", blocks);
    }

    private static String rank(RankPrediction p) {
        return p.exact() ? Integer.toString(p.rank()) : p.rank() + ".." + p.upperBound();
    }

    private static Block setup(TrainingClaim claim, TrainingSetup spec, TrainingEvidence evidence) {
        TaskShape task = spec.task();
        List<KeyValues.Entry> entries = new ArrayList<>();
        entries.add(new KeyValues.Entry("title", claim.title()));
        claim.source().ifPresent(s -> entries.add(new KeyValues.Entry("source", s)));
        entries.add(new KeyValues.Entry("file", claim.file()));
        MathNode read = new MathNode.Seq(MathNode.sub(MathNode.var("z"), new MathNode.Num(1)),
                MathNode.sub(MathNode.var("z"), new MathNode.Num(task.uses())));
        entries.add(new KeyValues.Entry(RichText.of("task"), RichText.of("latent ",
                MathNode.row(MathNode.var("q"), MathNode.sym(Symbol.EQUALS), new MathNode.Num(task.latent())),
                ", inputs " + task.inputs() + ", target reads ", read, String.format(Locale.ROOT,
                        ", outputs %d, generator width %d, %d samples", task.outputs(), task.generatorWidth(),
                        task.samples()))));
        entries.add(new KeyValues.Entry("trained networks", "depths L = " + spec.depths() + ", width "
                + spec.width() + ", " + spec.activation().spelling() + (spec.biases() ? ", biases" : "")));
        entries.add(new KeyValues.Entry("training", String.format(Locale.ROOT, "weight decay %s, %s, learning rate %s,"
                + " at most %d steps", spec.weightDecay(), spec.optimizer().spelling(), spec.schedule().learningRate(),
                spec.schedule().maxSteps())));
        entries.add(new KeyValues.Entry("seeds", evidence.seeds().toString()));
        entries.add(new KeyValues.Entry("tolerance", Double.toString(claim.tolerance())));
        return new KeyValues(entries);
    }

    private static Table depthTable(TrainingEvidence evidence) {
        List<List<String>> rows = new ArrayList<>();
        List<TrainedRun> runs = evidence.runs();
        for (int d = 0; d < runs.get(0).depths().size(); d++) {
            int index = d;
            List<TrainedDepth> perSeed = runs.stream().map(r -> r.depths().get(index)).toList();
            TrainedDepth first = perSeed.get(0);
            rows.add(List.of(Integer.toString(first.depth()),
                    join(perSeed, r -> r.nearOneCounts().subList(r.middleFrom() - 1, r.middleTo()).stream()
                            .map(Object::toString).collect(Collectors.joining(","))),
                    join(perSeed, r -> r.learnedRank() + " (" + r.agreeingMiddleLayers() + "/" + r.middleLayers() + ")"),
                    join(perSeed, r -> String.format(Locale.ROOT, "%.3f", r.restNormRms())),
                    join(perSeed, r -> Integer.toString(r.representationRank())),
                    join(perSeed, r -> Integer.toString(r.jacobianRank())),
                    join(perSeed, r -> r.steps() + r.stop().letter())));
        }
        return Table.ofText("Per depth, one entry per seed (" + evidence.seeds() + "): near-1 counts of the middle layers,"
                + " learned rank (agreeing middle layers), RMS rest, representation rank, Jacobian rank, steps"
                + " (p: plateau, b: step budget)",
                List.of("L", "near-1 counts", "learned rank", "RMS rest", "repr. rank", "Jacobian rank", "steps"), rows);
    }

    private static String join(List<TrainedDepth> perSeed, java.util.function.Function<TrainedDepth, String> cell) {
        return perSeed.stream().map(cell).collect(Collectors.joining(" | "));
    }

    /** The sorted singular values of each middle layer against their index: the near-1 group and the rest. */
    private static Plot spectrumPlot(TrainedDepth depth, long seed) {
        List<Series> series = new ArrayList<>();
        for (int l = depth.middleFrom(); l <= depth.middleTo(); l++) {
            List<Double> values = depth.singularValues().get(l - 1);
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                points.add(Point.of(i + 1, values.get(i)));
            }
            series.add(new Series("layer " + l, points, null, null));
        }
        return new Plot("Singular values of the middle weight matrices, L = " + depth.depth() + " (seed " + seed
                + "); near 1 means in [1/2, 2]", "index (largest first)", "singular value", false, series);
    }

    /** Median over seeds of the RMS rest against L (bars: min to max), the fit and the bound's slope. */
    private static Plot restPlot(DepthSummary summary, List<TrainedRun> runs) {
        List<Point> points = new ArrayList<>();
        for (int d = 0; d < summary.depths().length; d++) {
            int index = d;
            double[] values = runs.stream().mapToDouble(r -> r.depths().get(index).restNormRms()).toArray();
            points.add(Point.withSpread(summary.depths()[d], summary.restMedians()[d],
                    Arrays.stream(values).min().orElse(Double.NaN), Arrays.stream(values).max().orElse(Double.NaN)));
        }
        FitLine fitLine = null;
        SlopeLine bound = null;
        if (summary.restFit().isPresent()) {
            Fit f = summary.restFit().get();
            double meanX = Arrays.stream(summary.depths()).mapToDouble(Math::log).average().orElse(0);
            double meanY = Arrays.stream(summary.restMedians()).map(Math::log).average().orElse(0);
            fitLine = new FitLine(f.slope(), meanY - f.slope() * meanX, String.format(Locale.ROOT,
                    "fit: slope %.2f [%.2f, %.2f], R^2 %.2f", f.slope(), f.ci95Low(), f.ci95High(), f.r2()));
            bound = new SlopeLine(TrainingJudge.BOUND, Math.exp(meanX), Math.exp(meanY), "bound: slope \u22121/2");
        }
        Series series = new Series("median over seeds (bars: min to max)", points, fitLine, bound);
        return new Plot(RichText.of("RMS of the singular values not near 1, middle layers, against depth"),
                RichText.of("depth ", MathNode.var("L")), RichText.of("RMS rest"), true, List.of(series));
    }
}
