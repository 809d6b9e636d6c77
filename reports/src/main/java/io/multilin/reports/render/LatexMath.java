package io.multilin.reports.render;

import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.PlainMath;

import java.util.stream.Collectors;

/**
 * {@link MathNode}s as LaTeX math source, without the surrounding dollars. Safe by
 * construction: every backslash and brace comes from here or from a {@link
 * io.multilin.reports.model.Symbol}, and leaves are validated letters, digits and words.
 * The Markdown flavour avoids the characters a Markdown table or backslash escape would eat
 * ({@code |}, {@code \|}, {@code \{}): GitHub renders {@code \lVert}, {@code \lvert} and
 * {@code \lbrace} the same.
 */
final class LatexMath {

    enum Flavour { LATEX, MARKDOWN }

    private final Flavour flavour;

    LatexMath(Flavour flavour) {
        this.flavour = flavour;
    }

    static String latex(MathNode node) {
        return new LatexMath(Flavour.LATEX).render(node);
    }

    static String markdown(MathNode node) {
        return new LatexMath(Flavour.MARKDOWN).render(node);
    }

    String render(MathNode node) {
        boolean md = flavour == Flavour.MARKDOWN;
        if (node instanceof MathNode.Var v) {
            return v.name().length() == 1 ? v.name() : "\\mathrm{" + v.name() + "}";
        } else if (node instanceof MathNode.Num n) {
            return Long.toString(n.value());
        } else if (node instanceof MathNode.Decimal d) {
            return d.powerOfTen() == 0 ? d.mantissa() : d.mantissa() + " \\cdot 10^{" + d.powerOfTen() + "}";
        } else if (node instanceof MathNode.Frac f) {
            return f.denominator() == 1 ? Long.toString(f.numerator()) : f.numerator() + "/" + f.denominator();
        } else if (node instanceof MathNode.Sym s) {
            return s.symbol().latex();
        } else if (node instanceof MathNode.Word w) {
            return "\\text{" + w.text() + "}";
        } else if (node instanceof MathNode.Pow p) {
            return base(p.base()) + "^" + script(p.exponent());
        } else if (node instanceof MathNode.Sub s) {
            return base(s.base()) + "_" + script(s.index());
        } else if (node instanceof MathNode.Prime p) {
            return base(p.base()) + "'".repeat(p.count());
        } else if (node instanceof MathNode.Norm n) {
            String body = md ? "\\lVert " + render(n.body()) + " \\rVert" : "\\|" + render(n.body()) + "\\|";
            return n.index() == null ? body : body + "_" + script(n.index());
        } else if (node instanceof MathNode.Abs a) {
            return md ? "\\lvert " + render(a.body()) + " \\rvert" : "|" + render(a.body()) + "|";
        } else if (node instanceof MathNode.Sqrt r) {
            return "\\sqrt{" + render(r.body()) + "}";
        } else if (node instanceof MathNode.Group g) {
            return (g.square() ? "[" : "(") + render(g.body()) + (g.square() ? "]" : ")");
        } else if (node instanceof MathNode.SetOf s) {
            String items = s.items().stream().map(this::render).collect(Collectors.joining(", "));
            return md ? "\\lbrace " + items + " \\rbrace" : "\\{" + items + "\\}";
        } else if (node instanceof MathNode.Sup s) {
            return "\\sup" + (s.over() == null ? "" : "_{" + render(s.over()) + "}") + " " + render(s.body());
        } else if (node instanceof MathNode.BigOp b) {
            return b.op().latex() + (b.from() == null ? "" : "_" + script(b.from()))
                    + (b.to() == null ? "" : "^" + script(b.to())) + " " + render(b.body());
        } else if (node instanceof MathNode.Seq s) {
            return render(s.first()) + ", \\dots, " + render(s.last());
        } else if (node instanceof MathNode.Row r) {
            StringBuilder out = new StringBuilder();
            MathNode previous = null;
            for (MathNode item : r.items()) {
                String rendered = item instanceof MathNode.Word ? "\\ " + render(item) + "\\ " : render(item); // words keep their spaces
                out.append(PlainMath.hugs(previous, item) ? "" : " ").append(rendered);
                previous = item;
            }
            return out.toString();
        }
        throw new IllegalArgumentException("unknown math node " + node);
    }

    /** A script is braced unless it is one character: m^{-1/2}, z_\ell, T_1. */
    private String script(MathNode node) {
        String s = render(node);
        return s.length() == 1 ? s : "{" + s + "}";
    }

    /** A compound base is braced so a script attaches to all of it. */
    private String base(MathNode node) {
        String s = render(node);
        boolean atomic = node instanceof MathNode.Var || node instanceof MathNode.Sym || node instanceof MathNode.Num
                || node instanceof MathNode.Norm || node instanceof MathNode.Abs || node instanceof MathNode.Group
                || node instanceof MathNode.Sub || node instanceof MathNode.Prime;
        return atomic ? s : "{" + s + "}";
    }
}
