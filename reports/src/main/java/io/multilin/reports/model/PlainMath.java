package io.multilin.reports.model;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;


/**
 * {@link MathNode}s as readable Unicode text (‖H‖, sup_{w ∈ B}, m^(−1/2)), for formats without
 * math (plain tables, sizing table columns) and, with raised and lowered {@link Scripts}, for
 * SVG text. Not meant to be parsed back.
 */
public final class PlainMath {

    /** How sub- and superscripts are written; {@code single} says the script is one token. */
    public interface Scripts {
        String sub(String script, boolean single);

        String sup(String script, boolean single);
    }

    /** {@code x_i}, {@code m^(−1/2)}: a compound script in parentheses. */
    public static final Scripts INLINE = new Scripts() {
        @Override
        public String sub(String script, boolean single) {
            return "_" + (single ? script : "(" + script + ")");
        }

        @Override
        public String sup(String script, boolean single) {
            return "^" + (single ? script : "(" + script + ")");
        }
    };

    private static final Set<Symbol> RELATIONS = EnumSet.of(Symbol.EQUALS, Symbol.SIM,
            Symbol.LEQ, Symbol.GEQ, Symbol.LESS, Symbol.GREATER, Symbol.IN, Symbol.APPROX);

    private final Scripts scripts;

    public PlainMath(Scripts scripts) {
        this.scripts = scripts;
    }

    public static String render(MathNode node) {
        return new PlainMath(INLINE).text(node);
    }

    /** The node as text with this instance's scripts. */
    public String text(MathNode node) {
        if (node instanceof MathNode.Var v) {
            return v.name();
        } else if (node instanceof MathNode.Num n) {
            return n.value() < 0 ? "\u2212" + -n.value() : Long.toString(n.value());
        } else if (node instanceof MathNode.Decimal d) {
            return d.digits().replace("-", "\u2212");
        } else if (node instanceof MathNode.Frac f) {
            String sign = f.numerator() < 0 ? "\u2212" : "";
            long p = Math.abs(f.numerator());
            return f.denominator() == 1 ? sign + p : sign + p + "/" + f.denominator();
        } else if (node instanceof MathNode.Sym s) {
            return s.symbol().unicode();
        } else if (node instanceof MathNode.Word w) {
            return w.text();
        } else if (node instanceof MathNode.Pow p) {
            return text(p.base()) + sup(p.exponent());
        } else if (node instanceof MathNode.Sub s) {
            return text(s.base()) + sub(s.index());
        } else if (node instanceof MathNode.Prime p) {
            return text(p.base()) + "'".repeat(p.count());
        } else if (node instanceof MathNode.Norm n) {
            return "\u2016" + text(n.body()) + "\u2016" + (n.index() == null ? "" : sub(n.index()));
        } else if (node instanceof MathNode.Abs a) {
            return "|" + text(a.body()) + "|";
        } else if (node instanceof MathNode.Sqrt r) {
            return "\u221a(" + text(r.body()) + ")";
        } else if (node instanceof MathNode.Group g) {
            return (g.square() ? "[" : "(") + text(g.body()) + (g.square() ? "]" : ")");
        } else if (node instanceof MathNode.SetOf s) {
            return s.items().stream().map(this::text).collect(Collectors.joining(", ", "{", "}"));
        } else if (node instanceof MathNode.Sup s) {
            return "sup" + (s.over() == null ? "" : sub(s.over())) + " " + text(s.body());
        } else if (node instanceof MathNode.BigOp b) {
            return b.op().unicode() + (b.from() == null ? "" : sub(b.from()))
                    + (b.to() == null ? "" : sup(b.to())) + " " + text(b.body());
        } else if (node instanceof MathNode.Seq s) {
            return text(s.first()) + ", \u2026, " + text(s.last());
        } else if (node instanceof MathNode.Row r) {
            StringBuilder out = new StringBuilder();
            MathNode previous = null;
            for (MathNode item : r.items()) {
                out.append(hugs(previous, item) ? "" : " ").append(text(item));
                previous = item;
            }
            return out.toString();
        }
        throw new IllegalArgumentException("unknown math node " + node);
    }

    /**
     * Whether an item of a row follows the previous one (null for the first) without a space: an
     * argument list hugs its function, f(w), and a range its ends, 4..3.
     */
    public static boolean hugs(MathNode previous, MathNode item) {
        return previous == null || item instanceof MathNode.Group && !relation(previous) || is(item, Symbol.COMMA)
                || is(item, Symbol.RANGE) || is(previous, Symbol.RANGE);
    }

    /** A bracket after a relation is a value, not an argument list: m = [64, 128]. */
    private static boolean relation(MathNode node) {
        return node instanceof MathNode.Sym s && RELATIONS.contains(s.symbol());
    }

    private static boolean is(MathNode node, Symbol symbol) {
        return node instanceof MathNode.Sym s && s.symbol() == symbol;
    }

    private String sub(MathNode node) {
        return scripts.sub(text(node), single(node));
    }

    private String sup(MathNode node) {
        return scripts.sup(text(node), single(node));
    }

    /** One token (a name, a number, a bracketed group) needs no parentheses as a script. */
    private boolean single(MathNode node) {
        return node instanceof MathNode.Group || PlainMath.render(node).codePoints().allMatch(Character::isLetterOrDigit);
    }
}
