package io.multilin.check.report;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.MathNode.Abs;
import io.multilin.reports.model.MathNode.Frac;
import io.multilin.reports.model.MathNode.Group;
import io.multilin.reports.model.MathNode.Norm;
import io.multilin.reports.model.MathNode.Num;
import io.multilin.reports.model.MathNode.SetOf;
import io.multilin.reports.model.MathNode.Sup;
import io.multilin.reports.model.MathNode.Word;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Symbol;

import java.util.List;

import static io.multilin.reports.model.MathNode.row;
import static io.multilin.reports.model.MathNode.sub;
import static io.multilin.reports.model.MathNode.sym;
import static io.multilin.reports.model.MathNode.var;

/**
 * The math form of quantities and exponents for the report (docs/MEANING.md section 2): what
 * {@link Quantity#label()} spells in ASCII for the console and the JSON, typeset. Written as a
 * {@link Quantity.Cases}, so a new quantity without a math form does not compile.
 */
final class QuantityMath implements Quantity.Cases<MathNode> {

    private static final QuantityMath INSTANCE = new QuantityMath();

    static MathNode of(Quantity q) {
        return q.accept(INSTANCE);
    }

    /**
     * The quantity as text: top-level words (the "across" of a mixed derivative) become text
     * spans, so that a table cell or a legend can break the line there.
     */
    static RichText text(Quantity q) {
        MathNode node = of(q);
        if (!(node instanceof MathNode.Row row) || row.items().stream().noneMatch(i -> i instanceof Word)) {
            return RichText.math(node);
        }
        List<Object> parts = new java.util.ArrayList<>();
        List<MathNode> run = new java.util.ArrayList<>();
        for (MathNode item : row.items()) {
            if (item instanceof Word w) {
                parts.add(run.size() == 1 ? run.get(0) : new MathNode.Row(List.copyOf(run)));
                parts.add(" " + w.text() + " ");
                run.clear();
            } else {
                run.add(item);
            }
        }
        if (!run.isEmpty()) {
            parts.add(run.size() == 1 ? run.get(0) : new MathNode.Row(List.copyOf(run)));
        }
        return RichText.of(parts.toArray());
    }

    /** {@code m^{p/q}}, or the words "identically 0" (which has no exponent). */
    static RichText exponent(Exponent e) {
        return e.value().map(v -> RichText.math(power(v.getNumerator(), v.getDenominator())))
                .orElse(RichText.of(e.spelling()));
    }

    static MathNode power(long numerator, long denominator) {
        return MathNode.pow(var("m"), new Frac(numerator, denominator));
    }

    @Override
    public MathNode taylorResidual(Quantity.TaylorResidual q) {
        return overBall(new Abs(row(at("f", "w"), sym(Symbol.MINUS), at(sub(var("T"), new Num(q.order())), "w"))));
    }

    @Override
    public MathNode hessianNorm(Quantity.HessianNorm q) {
        return overBall(new Norm(at("H", "w"), null));
    }

    @Override
    public MathNode hessianBlock(Quantity.HessianBlock q) {
        MathNode block = sub(var("H"), row(layers(q.rows()), sym(Symbol.COMMA), layers(q.columns())));
        return overBall(new Norm(row(block, new Group(var("w"), false)), null));
    }

    @Override
    public MathNode mixedDerivative(Quantity.MixedDerivative q) {
        int order = q.blocks().size();
        MathNode directions = new MathNode.Seq(sub(var("D"), new Num(1)), sub(var("D"), new Num(order)));
        MathNode derivative = row(MathNode.pow(var("D"), new Num(order)), at("f", "w"), new Group(directions, true));
        return row(overBall(new Abs(derivative)), new Word("across"),
                new SetOf(q.blocks().stream().map(QuantityMath::layers).toList()));
    }

    @Override
    public MathNode tangentKernelChange(Quantity.TangentKernelChange q) {
        return overBall(new Norm(row(at("K", "w"), sym(Symbol.MINUS), row(var("K"), new Group(w0(), false))), null));
    }

    @Override
    public MathNode outputScale(Quantity.OutputScale q) {
        return row(var("RMS"), var("f"), new Group(w0(), false));
    }

    @Override
    public MathNode preActivationScale(Quantity.PreActivationScale q) {
        return row(var("RMS"), sub(var("z"), new Num(q.layer())), new Group(w0(), false));
    }

    @Override
    public MathNode oneStepChange(Quantity.OneStepChange q) {
        return new Abs(row(var("f"), new Group(sub(var("w"), new Num(1)), false), sym(Symbol.MINUS),
                var("f"), new Group(w0(), false)));
    }

    @Override
    public MathNode featureChange(Quantity.FeatureChange q) {
        return featureChange(new Num(q.layer()), new Num(q.step()));
    }

    @Override
    public MathNode outputChange(Quantity.OutputChange q) {
        return outputChange(new Num(q.step()));
    }

    @Override
    public MathNode lossChange(Quantity.LossChange q) {
        return lossChange(new Num(q.step()));
    }

    /** {@code |L(w_step) - L(w_0)|}, the step a symbol where a plot shows several. */
    static MathNode lossChange(MathNode step) {
        return new Abs(row(var("L"), new Group(sub(var("w"), step), false), sym(Symbol.MINUS), var("L"),
                new Group(w0(), false)));
    }

    /** {@code RMS(z_layer(w_step) - z_layer(w_0))}, the layer or step a symbol where a plot shows several. */
    static MathNode featureChange(MathNode layer, MathNode step) {
        return row(var("RMS"), new Group(row(sub(var("z"), layer), new Group(sub(var("w"), step), false),
                sym(Symbol.MINUS), sub(var("z"), layer), new Group(w0(), false)), false));
    }

    /** {@code |f(w_step) - f(w_0)|}, the step a symbol where a plot shows several. */
    static MathNode outputChange(MathNode step) {
        return new Abs(row(var("f"), new Group(sub(var("w"), step), false), sym(Symbol.MINUS), var("f"),
                new Group(w0(), false)));
    }

    /** {@code sup_{w in B} body}: every sup is over the ball B(w0, R). */
    private static MathNode overBall(MathNode body) {
        return new Sup(row(var("w"), sym(Symbol.IN), var("B")), body);
    }

    private static MathNode at(String name, String argument) {
        return at(var(name), argument);
    }

    private static MathNode at(MathNode function, String argument) {
        return row(function, new Group(var(argument), false));
    }

    private static MathNode w0() {
        return sub(var("w"), new Num(0));
    }

    private static MathNode layers(List<Integer> layers) {
        return new SetOf(layers.stream().map(l -> (MathNode) new Num(l)).toList());
    }
}
