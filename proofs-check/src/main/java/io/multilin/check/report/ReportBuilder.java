package io.multilin.check.report;

import io.multilin.check.claim.ClaimError;
import io.multilin.check.claim.AssertionKind;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.ClaimResult;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.check.verdict.TrainingClaimResult;
import io.multilin.check.verdict.Verdict;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Figure;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Metadata;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.Report;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.RowStatus;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Fills the neutral report model from a run's results: summary, errors, one section per claim. */
public final class ReportBuilder {

    private final ClaimSection claimSection;
    private final TrainingSection trainingSection = new TrainingSection();

    /** @param symbolic the symbolic port, which typesets the exact expansion of a small instance of each network */
    public ReportBuilder(SymbolicSide symbolic) {
        this.claimSection = new ClaimSection(new SmallInstanceExpansion(symbolic));
    }

    public Report build(ReportRequest request) {
        List<Section> sections = new ArrayList<>();
        sections.add(summary(request.results()));
        if (!request.errors().isEmpty()) {
            sections.add(errors(request.errors()));
        }
        coordinateCheck(request.results()).ifPresent(sections::add);
        for (ClaimResult result : request.results()) {
            sections.add(result.accept(new ClaimResult.Cases<>() {
                @Override
                public Section network(NetworkClaimResult r) {
                    return claimSection.build(r);
                }

                @Override
                public Section training(TrainingClaimResult r) {
                    return trainingSection.build(r);
                }
            }));
        }
        return new Report("multilin: verdicts on claims about wide networks", metadata(request), sections);
    }

    private static Section summary(List<ClaimResult> results) {
        List<List<RichText>> rows = new ArrayList<>();
        List<RowStatus> status = new ArrayList<>();
        for (ClaimResult claim : results) {
            for (AssertionResult a : claim.assertions()) {
                rows.add(List.of(RichText.of(claim.claim().id()), RichText.of(a.assertion().kind().key()),
                        ClaimedMath.of(a.assertion()), predicted(a),
                        RichText.of(AssertionCells.measured(a)), NotationMath.step(a.labelStep())));
                status.add(status(a.verdict()));
            }
        }
        Table table = new Table("Every assertion of every claim: claimed, predicted by the symbolic rules, measured"
                + " (log-log slope with its interval over seeds, or the estimated degree / value), verdict",
                Table.texts(List.of("claim", "assertion", "claimed", "predicted", "measured", "verdict")), rows, List.of(),
                status);
        long verified = results.stream().filter(r -> r.verdict() == Verdict.VERIFIED).count();
        List<Block> blocks = List.of(new Paragraph(results.size() + " claims, " + verified + " VERIFIED."), table);
        return new Section("Summary", blocks);
    }

    /**
     * The regime plot of every claim that asserts a regime, side by side in one figure before the
     * claims' sections: a coordinate check compares parameterizations (muP, NTK, standard) at a
     * glance, which their sections, pages apart, cannot. Each panel's title names the claim and
     * its verdict; each claim's section has the other steps.
     */
    static Optional<Section> coordinateCheck(List<ClaimResult> results) {
        List<Plot> panels = new ArrayList<>();
        for (ClaimResult claim : results) {
            for (AssertionResult a : claim.assertions()) {
                if (a.assertion().kind() == AssertionKind.REGIME) {
                    DynamicsPlot.of(a, claim.claim().id() + ": ").flatMap(DynamicsPlot.Drawn::plot).ifPresent(panels::add);
                }
            }
        }
        if (panels.isEmpty()) {
            return Optional.empty();
        }
        RichText caption = RichText.of("Coordinate check: every layer's feature change ",
                RichText.math(QuantityMath.featureChange(MathNode.var("l"), MathNode.var("t"))),
                " against the width at the last step each regime claim names (seed medians, fitted slope solid,"
                        + " predicted slope dashed). Flat (slope 0): the layer moves by order one; falling: its move"
                        + " vanishes with the width; rising: it grows. Feature learning: the last hidden layer flat;"
                        + " lazy: the hidden layers falling and the output flat; unstable: some layer rising.");
        return Optional.of(Section.of("Coordinate check", new Figure(panels, caption)));
    }

    private static Section errors(List<ClaimError> errors) {
        List<List<String>> rows = new ArrayList<>();
        List<RowStatus> status = new ArrayList<>();
        for (ClaimError e : errors) {
            rows.add(List.of(e.file(), Integer.toString(e.line()), e.key(), e.message()));
            status.add(RowStatus.FAIL);
        }
        return Section.of("Claim files that could not be checked",
                Table.ofText("Invalid claim files (the others were checked)", List.of("file", "line", "key", "message"),
                        rows, List.of(), status));
    }

    /** The predicted cell, with an exponent typeset where the assertion is about one. */
    private static RichText predicted(AssertionResult a) {
        return AssertionCells.predictedExponent(a).map(QuantityMath::exponent)
                .orElseGet(() -> RichText.of(AssertionCells.predicted(a)));
    }

    static RowStatus status(Verdict verdict) {
        switch (verdict) {
            case VERIFIED: return RowStatus.PASS;
            case REFUTED: return RowStatus.FAIL;
            case DISAGREEMENT: return RowStatus.CONFLICT;
            case INCONCLUSIVE: return RowStatus.UNDECIDED;
            default: return RowStatus.UNSUPPORTED;
        }
    }

    private static Metadata metadata(ReportRequest request) {
        RunMetadata run = request.metadata();
        String sweep = "widths " + run.sweep().widths().map(Object::toString).orElse("per claim (from max(64, 8 x"
                + " the largest fixed hidden width), raised when undecided)") + " (unless a claim sets its own), "
                + run.sweep().seeds()
                + " seeds per width, " + run.sweep().threads() + " threads, mode " + run.mode();
        List<String> notes = new ArrayList<>();
        notes.add("Exponents are of the width m; a slope is the mean of the seeds' own log-log slopes over the"
                + " widths where every seed is above the noise floor, with a t interval over the seeds (at least 95%,"
                + " wider on repeated looks). Claims are compared with the exact derivations; the measurement checks"
                + " the derivation.");
        if (run.interrupted()) {
            notes.add("The run was interrupted: claims not finished are missing.");
        }
        return new Metadata(run.version(), run.started().toString(), List.of(run.sweep().baseSeed()), sweep,
                run.elapsed().toMillis() / 1000.0, notes);
    }
}
