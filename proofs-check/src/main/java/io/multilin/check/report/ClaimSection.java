package io.multilin.check.report;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.check.claim.AssertionKind;
import io.multilin.check.claim.NetworkClaim;
import io.multilin.check.plan.Expectation;
import io.multilin.check.plan.Property;
import io.multilin.check.sides.Measurement;
import io.multilin.check.sides.Prediction;
import io.multilin.check.verdict.AssertionResult;
import io.multilin.check.verdict.NetworkClaimResult;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.KeyValues;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.Paragraph;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Section;
import io.multilin.reports.model.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One claim's section: the network, the expansion of a small instance, predictions against measurements, plots, reasons. */
final class ClaimSection {

    private final SmallInstanceExpansion expansion;

    ClaimSection(SmallInstanceExpansion expansion) {
        this.expansion = expansion;
    }

    Section build(NetworkClaimResult result) {
        NetworkClaim claim = result.claim();
        List<Block> blocks = new ArrayList<>();
        blocks.add(network(claim));
        blocks.addAll(expansion.blocks(claim.architecture()));
        Map<Quantity, Prediction> predictions = new LinkedHashMap<>();
        Map<Quantity, Measurement> measurements = new LinkedHashMap<>();
        Map<Quantity, RichText> properties = new LinkedHashMap<>();
        for (AssertionResult a : result.assertions()) {
            predictions.putAll(a.predictions());
            measurements.putAll(a.measurements());
            for (Expectation e : a.expectations()) {
                properties.putIfAbsent(e.quantity(), expectation(e.property()));
            }
            if (a.assertion().kind() == AssertionKind.REGIME) {
                // a regime's quantities are not estimates: each is classified, and its derivation checked
                RichText classified = RichText.of("(classified for the regime)");
                a.predictions().keySet().forEach(q -> properties.putIfAbsent(q, classified));
                a.measurements().keySet().forEach(q -> properties.putIfAbsent(q, classified));
            }
        }
        blocks.add(quantityTable(predictions, measurements, properties));
        blocks.addAll(derivations(predictions));
        List<RichText> unplotted = new ArrayList<>();
        List<Block> notes = new ArrayList<>();
        blocks.addAll(plots(result.assertions(), measurements, predictions, unplotted, notes));
        if (!unplotted.isEmpty()) {
            blocks.add(new Paragraph(RichText.of("Not plotted (no fit: at the noise floor, or unusable; see the table): ",
                    RichText.join("; ", unplotted), ".")));
        }
        blocks.addAll(notes);
        for (AssertionResult a : result.assertions()) {
            blocks.add(VerdictReason.of(a));
        }
        return new Section(claim.id() + " (" + result.label() + ")", blocks);
    }

    /**
     * The plots of a claim's measured quantities, in the order they were measured: the dynamics
     * assertions' plots ({@link DynamicsPlot}) together where the first of their quantities
     * comes, so that consecutive plots pair up in rows, every other quantity with a plot of its
     * own; {@code unplotted} collects what has no plot, {@code notes} how to read a plot.
     */
    static List<Block> plots(List<AssertionResult> assertions, Map<Quantity, Measurement> measurements,
                                     Map<Quantity, Prediction> predictions, List<RichText> unplotted, List<Block> notes) {
        List<DynamicsPlot.Drawn> dynamics = assertions.stream().flatMap(a -> DynamicsPlot.of(a, "").stream()).toList();
        Set<Quantity> grouped = new HashSet<>();
        dynamics.forEach(d -> grouped.addAll(d.covered()));
        List<Block> plots = new ArrayList<>();
        boolean dynamicsPlaced = false;
        for (Map.Entry<Quantity, Measurement> m : measurements.entrySet()) {
            if (!grouped.contains(m.getKey())) {
                RichText label = QuantityMath.text(m.getKey());
                QuantityPlot.of(label, m.getValue(), predictions.get(m.getKey()))
                        .ifPresentOrElse(plots::add, () -> unplotted.add(label));
            } else if (!dynamicsPlaced) {
                dynamicsPlaced = true;
                for (DynamicsPlot.Drawn d : dynamics) {
                    d.plot().ifPresent(plots::add);
                    d.unplotted().forEach(q -> unplotted.add(QuantityMath.text(q)));
                    d.note().ifPresent(notes::add);
                }
            }
        }
        return plots;
    }

    /** How each predicted exponent was derived (the rules' steps), so a reader can check the prediction itself. */
    private static List<Block> derivations(Map<Quantity, Prediction> predictions) {
        // paragraphs, not a two-column list: a formula as a key would not fit its column
        List<Block> paragraphs = new ArrayList<>();
        for (Map.Entry<Quantity, Prediction> p : predictions.entrySet()) {
            if (p.getValue() instanceof Prediction.Predicted predicted && !predicted.steps().isEmpty()) {
                paragraphs.add(new Paragraph(RichText.of("Derivation of ", QuantityMath.text(p.getKey()), ": ",
                        NotationMath.steps(predicted.steps()), ".")));
            }
        }
        return paragraphs;
    }

    private static Block network(NetworkClaim claim) {
        Architecture arch = claim.architecture();
        List<KeyValues.Entry> entries = new ArrayList<>();
        entries.add(new KeyValues.Entry("title", claim.title()));
        claim.source().ifPresent(s -> entries.add(new KeyValues.Entry("source", s)));
        entries.add(new KeyValues.Entry("file", claim.file()));
        entries.add(new KeyValues.Entry("widths", arch.widthsSpelling()));
        entries.add(new KeyValues.Entry("bottlenecks (hidden layers of fixed width)", arch.bottlenecks().toString()));
        entries.add(new KeyValues.Entry("segments (layers)", arch.segments().segments().toString()));
        entries.add(new KeyValues.Entry("activation / output", arch.activation().spelling() + " / " + arch.output().spelling()));
        entries.add(new KeyValues.Entry("parameterization", arch.parameterization().spelling()));
        entries.add(new KeyValues.Entry("ball radius / tolerance",
                String.format(Locale.ROOT, "%s / %s", claim.radius(), claim.tolerance())));
        return new KeyValues(entries);
    }

    private static Table quantityTable(Map<Quantity, Prediction> predictions, Map<Quantity, Measurement> measurements,
                                       Map<Quantity, RichText> properties) {
        List<List<RichText>> rows = new ArrayList<>();
        for (Quantity q : union(predictions, measurements)) {
            rows.add(List.of(QuantityMath.text(q), properties.getOrDefault(q, RichText.of("(for the estimate)")),
                    predictedText(predictions.get(q)), RichText.of(measured(measurements.get(q))),
                    RichText.of(r2(measurements.get(q))), RichText.of(probe(measurements.get(q)))));
        }
        return new Table("Predicted width exponents against measured log-log slopes (95% intervals)",
                List.of(RichText.of("quantity"), RichText.of("expected"), RichText.of("predicted"),
                        RichText.of("measured slope"), RichText.math(MathNode.pow(MathNode.var("R"), new MathNode.Num(2))),
                        RichText.of("winning probe (largest m)")), rows);
    }

    private static List<Quantity> union(Map<Quantity, Prediction> a, Map<Quantity, Measurement> b) {
        List<Quantity> all = new ArrayList<>(a.keySet());
        b.keySet().stream().filter(q -> !a.containsKey(q)).forEach(all::add);
        return all;
    }

    /** What the assertion expects, a claimed exponent typeset as the power of m it is. */
    private static RichText expectation(Property property) {
        return property instanceof Property.Exponent e
                ? RichText.of("expected ", QuantityMath.exponent(e.value())) : RichText.of(property.expectation());
    }

    /** The predicted cell with the exponent typeset. */
    static RichText predictedText(Prediction p) {
        return p instanceof Prediction.Predicted predicted ? QuantityMath.exponent(predicted.exponent()) : RichText.of(predicted(p));
    }

    static String predicted(Prediction p) {
        if (p == null) {
            return "(skipped)";
        }
        if (p instanceof Prediction.Predicted predicted) {
            return predicted.exponent().spelling();
        }
        return "no rule: " + ((Prediction.NoRule) p).reason();
    }

    static String measured(Measurement m) {
        if (m == null) {
            return "(skipped)";
        }
        if (m.problem().isPresent()) {
            return "invalid: " + m.problem().get();
        }
        if (m.fallsToFloor()) {
            return "falls to the noise floor";
        }
        return m.fit().map(f -> String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", f.slope(), f.ci95Low(), f.ci95High()))
                .orElse("no fit (values at the noise floor)");
    }

    private static String r2(Measurement m) {
        return m == null ? "" : m.fit().map(f -> String.format(Locale.ROOT, "%.3f", f.r2())).orElse("");
    }

    private static String probe(Measurement m) {
        return m == null || m.points().isEmpty() ? "" : m.points().get(m.points().size() - 1).probe();
    }
}
