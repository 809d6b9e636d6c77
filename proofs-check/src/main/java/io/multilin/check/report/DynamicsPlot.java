package io.multilin.check.report;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.GradientSteps;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.claim.TrainingAssertion;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.Symbol;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * One log-log plot per dynamics assertion instead of one per measured quantity, since a
 * dynamics assertion measures the same quantity at several gradient steps (and a regime at
 * every layer too): a feature- or output-change assertion draws its steps as series, in step
 * order; a regime draws every layer's feature change at its last claimed step, the coordinate
 * check of Yang and Hu (2021), where a flat line is order one, a falling one vanishes (lazy)
 * and a rising one grows (unstable). Each series has its seed medians, its fitted slope and its
 * predicted slope in the legend; the title carries the assertion's verdict, so that the plot
 * can be read on its own. Spread bars are drawn only when a plot has one series: the steps'
 * bars would cover each other, and each slope's interval is in the table.
 */
final class DynamicsPlot {

    /**
     * A dynamics assertion's plot (empty when no series has a fit), the quantities it stands for
     * (a regime's earlier steps included: they are in the table, not plotted one by one), those
     * of its series that could not be drawn, and for a regime the note on how to read it.
     */
    record Drawn(Optional<Plot> plot, Set<Quantity> covered, List<Quantity> unplotted, Optional<Paragraph> note) {
    }

    private DynamicsPlot() {
    }

    /**
     * The plot of a dynamics assertion, its title prefixed by {@code prefix} (e.g. the claim's
     * id); empty for every other kind, which keeps a plot per quantity.
     */
    static Optional<Drawn> of(AssertionResult a, String prefix) {
        return a.assertion().accept(new Drawing(a, prefix), new TrainingAssertion.Cases<>() {
            @Override public Optional<Drawn> learnedRank(TrainingAssertion.LearnedRank t) { return Optional.empty(); }
            @Override public Optional<Drawn> smallSingularValues(TrainingAssertion.SmallSingularValues t) { return Optional.empty(); }
            @Override public Optional<Drawn> representationRank(TrainingAssertion.RepresentationRank t) { return Optional.empty(); }
            @Override public Optional<Drawn> jacobianRank(TrainingAssertion.JacobianRank t) { return Optional.empty(); }
        });
    }

    /** One drawing per dynamics kind; the others are not drawn here. */
    private record Drawing(AssertionResult a, String prefix) implements NetworkAssertion.Cases<Optional<Drawn>> {

        @Override
        public Optional<Drawn> featureChange(NetworkAssertion.FeatureChange f) {
            return bySteps(QuantityMath.featureChange(new MathNode.Num(f.layer()), MathNode.var("t")), f.steps(),
                    (t, s) -> s.featureChange(f.layer(), t));
        }

        @Override
        public Optional<Drawn> outputChange(NetworkAssertion.OutputChange o) {
            return bySteps(QuantityMath.outputChange(MathNode.var("t")), o.steps(),
                    (t, s) -> s.outputChange(t));
        }

        @Override
        public Optional<Drawn> lossChange(NetworkAssertion.LossChange o) {
            return bySteps(QuantityMath.lossChange(MathNode.var("t")), o.steps(),
                    (t, s) -> s.lossChange(t));
        }

        /** Every layer's feature change at the last claimed step; the other steps are in the table. */
        @Override
        public Optional<Drawn> regime(NetworkAssertion.Regime r) {
            GradientSteps s = r.steps();
            int last = s.steps().get(s.steps().size() - 1);
            // the planner measures layers 1..L at every step (docs/DYNAMICS.md): L is the count over the steps
            int depth = a.measurements().size() / s.steps().size();
            Set<Quantity> covered = new LinkedHashSet<>();
            List<Quantity> drawn = new ArrayList<>();
            for (int layer = 1; layer <= depth; layer++) {
                for (int t : s.steps()) {
                    Quantity q = s.featureChange(layer, t);
                    covered.add(q);
                    if (t == last) {
                        drawn.add(q);
                    }
                }
            }
            List<String> labels = new ArrayList<>();
            for (int layer = 1; layer <= depth; layer++) {
                labels.add("layer " + layer + (layer == depth ? " (output)" : ""));
            }
            RichText what = RichText.of("regime " + r.regime().spelling() + " at ",
                    RichText.math(steps(MathNode.var("t"), List.of(last))));
            RichText yLabel = RichText.of(RichText.math(QuantityMath.featureChange(MathNode.var("l"), MathNode.var("t"))),
                    " (log scale)");
            return Optional.of(draw(RichText.of(what, ": ", NotationMath.step(a.labelStep()),
                    otherFindings(r.regime().spelling(), a)), yLabel, drawn, labels, covered,
                    Optional.of(regimeNote(s.steps()))));
        }

        /** One series per claimed step, the quantity at step t built by {@code at}. */
        private Optional<Drawn> bySteps(MathNode quantity, GradientSteps s, BiFunction<Integer, GradientSteps, Quantity> at) {
            List<Integer> steps = s.steps();
            List<Quantity> quantities = steps.stream().map(t -> at.apply(t, s)).toList();
            RichText title = RichText.of(RichText.math(quantity), " at ", RichText.math(steps(MathNode.var("t"), steps)),
                    ": ", NotationMath.step(a.labelStep()));
            List<String> labels = steps.stream().map(t -> "t = " + t).toList();
            return Optional.of(draw(title, RichText.of("value (log scale)"), quantities, labels,
                    new LinkedHashSet<>(quantities), Optional.empty()));
        }

        private Drawn draw(RichText title, RichText yLabel, List<Quantity> drawn, List<String> labels,
                           Set<Quantity> covered, Optional<Paragraph> note) {
            List<Series> series = new ArrayList<>();
            List<Quantity> unplotted = new ArrayList<>();
            boolean one = drawn.stream().filter(q -> QuantityPlot.fitted(a.measurements().get(q))).count() == 1;
            for (int i = 0; i < drawn.size(); i++) {
                Quantity q = drawn.get(i);
                QuantityPlot.series(labels.get(i), a.measurements().get(q), a.predictions().get(q), one,
                        QuantityPlot.Labels.IN_LEGEND).ifPresentOrElse(series::add, () -> unplotted.add(q));
            }
            RichText fullTitle = RichText.of(prefix, title);
            Optional<Plot> plot = series.isEmpty() ? Optional.empty()
                    : Optional.of(QuantityPlot.plot(fullTitle, yLabel, series));
            return new Drawn(plot, covered, unplotted, note);
        }

        @Override public Optional<Drawn> multilinearDegree(NetworkAssertion.MultilinearDegree n) { return Optional.empty(); }
        @Override public Optional<Drawn> taylorDegree(NetworkAssertion.TaylorDegree n) { return Optional.empty(); }
        @Override public Optional<Drawn> linear(NetworkAssertion.Linear n) { return Optional.empty(); }
        @Override public Optional<Drawn> hessianNorm(NetworkAssertion.HessianNorm n) { return Optional.empty(); }
        @Override public Optional<Drawn> hessianBlock(NetworkAssertion.HessianBlock n) { return Optional.empty(); }
        @Override public Optional<Drawn> tangentKernel(NetworkAssertion.TangentKernel n) { return Optional.empty(); }
        @Override public Optional<Drawn> initScale(NetworkAssertion.InitScale n) { return Optional.empty(); }
        @Override public Optional<Drawn> oneStepChange(NetworkAssertion.OneStepChange n) { return Optional.empty(); }
        @Override public Optional<Drawn> stationaryAtInit(NetworkAssertion.StationaryAtInit n) { return Optional.empty(); }
    }

    private static Paragraph regimeNote(List<Integer> steps) {
        String others = steps.size() == 1 ? "" : " The regime is decided from every layer at every claimed step ("
                + steps.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "), each in the table above.";
        return new Paragraph(RichText.of("How to read the regime plot: each layer's change ",
                RichText.math(QuantityMath.featureChange(MathNode.var("l"), MathNode.var("t"))), " at the last claimed step ",
                RichText.math(steps(MathNode.var("t"), List.of(steps.get(steps.size() - 1)))),
                " against the width: a flat line (slope 0) moves by order one, a falling line vanishes with the width"
                        + " (lazy when every hidden layer falls and the output is flat), a rising line grows (unstable);"
                        + " feature learning has the last hidden layer flat." + others));
    }

    /** {@code t = 1, 3, 5}: one formula, which a title does not break. */
    private static MathNode steps(MathNode t, List<Integer> steps) {
        List<MathNode> items = new ArrayList<>(List.of(t, MathNode.sym(Symbol.EQUALS)));
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                items.add(MathNode.sym(Symbol.COMMA));
            }
            items.add(new MathNode.Num(steps.get(i)));
        }
        return new MathNode.Row(items);
    }

    /**
     * What a side found where it is not the claimed regime (undecided: a class left open), since
     * a verdict rests on both sides; nothing when both found the claimed one, to keep titles short.
     */
    private static RichText otherFindings(String claimed, AssertionResult a) {
        List<String> others = new ArrayList<>();
        String derived = AssertionCells.predicted(a);
        String measured = AssertionCells.measured(a);
        if (!derived.equals(claimed)) {
            others.add("derived " + ("?".equals(derived) ? "undecided" : derived));
        }
        if (!measured.equals(claimed)) {
            others.add("measured " + ("?".equals(measured) ? "undecided" : measured));
        }
        return RichText.of(others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
    }
}
