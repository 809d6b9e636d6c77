package io.multilin.check.report;

import io.multilin.architecture.Quantity;
import io.multilin.check.claim.Assertion;
import io.multilin.check.claim.NetworkAssertion;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.Plot;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Series;
import io.multilin.reports.model.Symbol;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** Whether this kind of assertion is drawn as one plot of several series. */
    static boolean applies(Assertion a) {
        return a instanceof NetworkAssertion.FeatureChange || a instanceof NetworkAssertion.OutputChange
                || a instanceof NetworkAssertion.Regime;
    }

    /** The plot of a dynamics assertion ({@link #applies}), its title prefixed by {@code prefix} (e.g. the claim's id). */
    static Drawn of(AssertionResult a, String prefix) {
        List<Quantity> all = new ArrayList<>(a.measurements().keySet());
        all.sort(Comparator.comparingInt(DynamicsPlot::layer).thenComparingInt(DynamicsPlot::step));
        List<Quantity> drawn = all;
        Optional<Paragraph> note = Optional.empty();
        RichText what;
        RichText detail = RichText.of("");
        if (a.assertion() instanceof NetworkAssertion.Regime regime) {
            int last = regime.steps().steps().get(regime.steps().steps().size() - 1);
            drawn = all.stream().filter(q -> step(q) == last).toList();
            what = RichText.of("regime " + regime.regime().spelling() + " at ", RichText.math(steps(MathNode.var("t"), List.of(last))));
            detail = RichText.of(otherFindings(regime.regime().spelling(), a));
            note = Optional.of(regimeNote(regime.steps().steps()));
        } else {
            MathNode t = MathNode.var("t");
            MathNode quantity = a.assertion() instanceof NetworkAssertion.FeatureChange f
                    ? QuantityMath.featureChange(new MathNode.Num(f.layer()), t) : QuantityMath.outputChange(t);
            what = RichText.of(RichText.math(quantity), " at ",
                    RichText.math(steps(t, drawn.stream().map(DynamicsPlot::step).toList())));
        }
        boolean regime = a.assertion() instanceof NetworkAssertion.Regime;
        int depth = all.stream().mapToInt(DynamicsPlot::layer).max().orElse(0);
        List<Series> series = new ArrayList<>();
        List<Quantity> unplotted = new ArrayList<>();
        boolean one = drawn.stream().filter(q -> QuantityPlot.fitted(a.measurements().get(q))).count() == 1;
        for (Quantity q : drawn) {
            String label = regime ? "layer " + layer(q) + (layer(q) == depth ? " (output)" : "") : "t = " + step(q);
            Measurement m = a.measurements().get(q);
            Prediction p = a.predictions().get(q);
            QuantityPlot.series(label, m, p, one, QuantityPlot.Labels.IN_LEGEND)
                    .ifPresentOrElse(series::add, () -> unplotted.add(q));
        }
        RichText title = RichText.of(prefix, what, ": ", NotationMath.step(a.labelStep()), detail);
        RichText yLabel = regime ? RichText.of(RichText.math(QuantityMath.featureChange(MathNode.var("l"),
                MathNode.var("t"))), " (log scale)") : RichText.of("value (log scale)");
        Optional<Plot> plot = series.isEmpty() ? Optional.empty() : Optional.of(QuantityPlot.plot(title, yLabel, series));
        return new Drawn(plot, new LinkedHashSet<>(all), unplotted, note);
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
    private static String otherFindings(String claimed, AssertionResult a) {
        List<String> others = new ArrayList<>();
        String derived = AssertionCells.predicted(a);
        String measured = AssertionCells.measured(a);
        if (!derived.equals(claimed)) {
            others.add("derived " + ("?".equals(derived) ? "undecided" : derived));
        }
        if (!measured.equals(claimed)) {
            others.add("measured " + ("?".equals(measured) ? "undecided" : measured));
        }
        return others.isEmpty() ? "" : " (" + String.join(", ", others) + ")";
    }

    private static int layer(Quantity q) {
        return q instanceof Quantity.FeatureChange f ? f.layer() : 0;
    }

    private static int step(Quantity q) {
        if (q instanceof Quantity.FeatureChange f) {
            return f.step();
        }
        return q instanceof Quantity.OutputChange o ? o.step() : 0;
    }
}
