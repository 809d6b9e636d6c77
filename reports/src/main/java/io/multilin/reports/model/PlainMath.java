package io.multilin.reports.model;

import java.util.stream.Collectors;


/**
 * {@link MathNode}s as readable Unicode text (‖H‖, sup_{w ∈ B}, m^(−1/2)), for formats without
 * math (SVG text, plain tables) and for sizing table columns. Not meant to be parsed back.
 */
public final class PlainMath {

    private PlainMath() {
    }

    public static String render(MathNode node) {
        if (node instanceof MathNode.Var v) {
            return v.name();
        } else if (node instanceof MathNode.Num n) {
            return n.value() < 0 ? "\u2212" + -n.value() : Long.toString(n.value());
        } else if (node instanceof MathNode.Frac f) {
            String sign = f.numerator() < 0 ? "\u2212" : "";
            long p = Math.abs(f.numerator());
            return f.denominator() == 1 ? sign + p : sign + p + "/" + f.denominator();
        } else if (node instanceof MathNode.Sym s) {
            return s.symbol().unicode();
        } else if (node instanceof MathNode.Word w) {
            return w.text();
        } else if (node instanceof MathNode.Pow p) {
            return render(p.base()) + "^" + script(p.exponent());
        } else if (node instanceof MathNode.Sub s) {
            return render(s.base()) + "_" + script(s.index());
        } else if (node instanceof MathNode.Prime p) {
            return render(p.base()) + "'".repeat(p.count());
        } else if (node instanceof MathNode.Norm n) {
            return "\u2016" + render(n.body()) + "\u2016" + (n.index() == null ? "" : "_" + script(n.index()));
        } else if (node instanceof MathNode.Abs a) {
            return "|" + render(a.body()) + "|";
        } else if (node instanceof MathNode.Group g) {
            return (g.square() ? "[" : "(") + render(g.body()) + (g.square() ? "]" : ")");
        } else if (node instanceof MathNode.SetOf s) {
            return s.items().stream().map(PlainMath::render).collect(Collectors.joining(", ", "{", "}"));
        } else if (node instanceof MathNode.Sup s) {
            return "sup" + (s.over() == null ? " " : "_{" + render(s.over()) + "} ") + render(s.body());
        } else if (node instanceof MathNode.BigOp b) {
            return b.op().unicode() + (b.from() == null ? "" : "_" + script(b.from()))
                    + (b.to() == null ? "" : "^" + script(b.to())) + " " + render(b.body());
        } else if (node instanceof MathNode.Seq s) {
            return render(s.first()) + ", \u2026, " + render(s.last());
        } else if (node instanceof MathNode.Row r) {
            StringBuilder out = new StringBuilder();
            for (MathNode item : r.items()) {
                out.append(hugs(out.length() == 0, item) ? "" : " ").append(render(item));
            }
            return out.toString();
        }
        throw new IllegalArgumentException("unknown math node " + node);
    }

    /** Whether an item of a row follows without a space: an argument list hugs its function, f(w). */
    public static boolean hugs(boolean first, MathNode item) {
        return first || item instanceof MathNode.Group || item instanceof MathNode.Sym s && s.symbol() == Symbol.COMMA;
    }

    /** A script in parentheses unless it is a single token. */
    private static String script(MathNode node) {
        String s = render(node);
        return s.codePoints().allMatch(Character::isLetterOrDigit) ? s : "(" + s + ")";
    }
}
