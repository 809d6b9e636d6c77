package io.multilin.architecture.notation;

import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import org.apache.commons.math3.fraction.Fraction;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The math of a derivation step as a tree, so that a reader can typeset it (the report) or
 * print it (the console and the JSON, through {@link #plain()}, in the ASCII the rules have
 * always written: {@code ||A[6..6]^T u|| ~ m^-1/2}). Leaves are validated names, numbers and a
 * closed set of operators; nothing here is LaTeX, and nothing here knows of reports.
 */
public sealed interface Notation {

    /** Letters only: a symbol (alpha, grad), the initial point (w0), a square root are their own nodes. */
    Pattern NAME = Pattern.compile("[A-Za-z]+");
    /** A decimal as printed: sign, digits, an optional fraction and an optional exponent (1.5e-05). */
    Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?");

    /** The ASCII spelling the console and the JSON show. */
    String plain();

    /** The one way to take a notation apart: a new kind does not compile until every reader handles it. */
    <R> R accept(NotationCases<R> cases);

    /**
     * A name: a letter or a word (f, H, z, RMS, tanh). Never the spelling of a {@link Sym}: a
     * symbol is a {@link Symbolic}, so that nothing downstream reads structure back from text.
     */
    record Name(String name) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.name(this); }

        public Name {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a name is ASCII letters, got: " + name);
            }
            if (Sym.spelled(name) || name.equals("sqrt")) {
                throw new IllegalArgumentException("'" + name + "' is a symbol, not a name: use its Notation node");
            }
        }

        @Override
        public String plain() {
            return name;
        }
    }

    /** The symbols a derivation uses, with the ASCII spelling the console and the JSON show. */
    enum Sym {
        ALPHA("alpha"), BETA("beta"), ETA("eta"), SIGMA("sigma"), PHI("phi"), DELTA("Delta"), NABLA("grad"),
        ELL("l"), INFINITY("inf");

        private final String ascii;

        Sym(String ascii) {
            this.ascii = ascii;
        }

        public String ascii() {
            return ascii;
        }

        static boolean spelled(String name) {
            for (Sym sym : values()) {
                if (sym.ascii.equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A symbol: alpha, phi, the gradient, the layer index l, infinity. */
    record Symbolic(Sym sym) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.symbolic(this); }

        @Override
        public String plain() {
            return sym.ascii();
        }
    }

    /** A quantity at the initial point: w0 (the initial weights). */
    record Initial(Notation base) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.initial(this); }

        @Override
        public String plain() {
            return base.plain() + "0";
        }
    }

    /** The transpose {@code A^T}. */
    record Transpose(Notation base) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.transpose(this); }

        @Override
        public String plain() {
            return base.plain() + "^T";
        }
    }

    /** The square root {@code sqrt(x)}. */
    record Sqrt(Notation body) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.sqrt(this); }

        @Override
        public String plain() {
            return "sqrt(" + body.plain() + ")";
        }
    }

    record Int(long value) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.integer(this); }

        @Override
        public String plain() {
            return Long.toString(value);
        }
    }

    /** An exact rational, written p/q. */
    record Ratio(Fraction value) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.ratio(this); }

        public Ratio {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String plain() {
            return Width.fractionText(value);
        }
    }

    /**
     * A measured number as the console prints it (-0.502, 97.5, 1.5e-05): the digits are the
     * value a reader is shown, so the report typesets exactly them and no other rounding.
     */
    record Decimal(String digits) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.decimal(this); }

        public Decimal {
            if (digits == null || !DECIMAL.matcher(digits).matches()) {
                throw new IllegalArgumentException("a decimal is -?digits[.digits][e-?digits], got: " + digits);
            }
        }

        @Override
        public String plain() {
            return digits;
        }
    }

    /**
     * Items in brackets: the widths of a sweep, {@code [64, 128, 256]}, or a closed interval
     * {@code [low, high]} (a confidence interval of a slope, a tolerance band).
     */
    record ListOf(List<Notation> items) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.listOf(this); }

        public ListOf {
            if (items.isEmpty()) {
                throw new IllegalArgumentException("a list in brackets has at least one item");
            }
            items = List.copyOf(items);
        }

        @Override
        public String plain() {
            return items.stream().map(Notation::plain).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /**
     * A quantity of docs/MEANING.md by name: its ASCII form is its label, and a report gives it
     * the math form it has everywhere else (so a verdict's reason and the tables agree).
     */
    record QuantityOf(Quantity quantity) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.quantityOf(this); }

        public QuantityOf {
            Objects.requireNonNull(quantity, "quantity");
        }

        @Override
        public String plain() {
            return quantity.label();
        }
    }

    record Operator(Op op) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.operator(this); }

        public Operator {
            Objects.requireNonNull(op, "op");
        }

        @Override
        public String plain() {
            return op.ascii();
        }
    }

    /** base^exponent (a transpose is a {@link Transpose}). A compound exponent is braced: m^{-c_l}. */
    record Power(Notation base, Notation exponent) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.power(this); }

        @Override
        public String plain() {
            boolean atomic = exponent instanceof Name || exponent instanceof Symbolic || exponent instanceof Initial
                    || exponent instanceof Int || exponent instanceof Ratio || exponent instanceof Decimal;
            return base.plain() + "^" + (atomic ? exponent.plain() : "{" + exponent.plain() + "}");
        }
    }

    /** A function applied to an argument: f(w0). */
    record Call(Notation function, Notation argument) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.call(this); }

        @Override
        public String plain() {
            return function.plain() + "(" + argument.plain() + ")";
        }
    }

    /** The negative: -c. */
    record Neg(Notation body) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.neg(this); }

        @Override
        public String plain() {
            return "-" + body.plain();
        }
    }

    /** The derivative of one thing with respect to another: df/dW. */
    record Derivative(Notation of, Notation by) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.derivative(this); }

        @Override
        public String plain() {
            return "d" + of.plain() + "/d" + by.plain();
        }
    }

    /** A sum over an index, prefixed to what it sums: sum_l. */
    record SumOver(Notation index) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.sumOver(this); }

        @Override
        public String plain() {
            return "sum_" + index.plain();
        }
    }

    /** base_index: z_l, T_1, alpha_L; a compound index is braced, a_{L - 1}. */
    record Sub(Notation base, Notation index) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.sub(this); }

        @Override
        public String plain() {
            boolean atomic = index instanceof Name || index instanceof Symbolic || index instanceof Initial
                    || index instanceof Int;
            return base.plain() + "_" + (atomic ? index.plain() : "{" + index.plain() + "}");
        }
    }

    /** A product of layer matrices or a range of layers: {@code A[j..i]}. */
    record Indexed(Notation base, Notation from, Notation to) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.indexed(this); }

        @Override
        public String plain() {
            return base.plain() + "[" + from.plain() + ".." + to.plain() + "]";
        }
    }

    /** A map applied to a direction, {@code dz_l[D_a]}. */
    record At(Notation base, Notation argument) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.at(this); }

        @Override
        public String plain() {
            return base.plain() + "[" + argument.plain() + "]";
        }
    }

    record Prime(Notation base, int count) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.prime(this); }

        @Override
        public String plain() {
            return base.plain() + "'".repeat(count);
        }
    }

    /** ||body||, the Euclidean norm, its _2 spelled out, or the operator norm. */
    record Norm(Notation body, Kind kind) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.norm(this); }

        public enum Kind { PLAIN, TWO, OPERATOR }

        @Override
        public String plain() {
            return "||" + body.plain() + "||" + switch (kind) {
                case PLAIN -> "";
                case TWO -> "_2";
                case OPERATOR -> "op";
            };
        }
    }

    record Abs(Notation body) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.abs(this); }

        @Override
        public String plain() {
            return "|" + body.plain() + "|";
        }
    }

    record Paren(Notation body) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.paren(this); }

        @Override
        public String plain() {
            return "(" + body.plain() + ")";
        }
    }

    /** A set of layers: {1,2}. */
    record LayerSet(List<Integer> layers) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.layerSet(this); }

        public LayerSet {
            layers = List.copyOf(layers);
        }

        @Override
        public String plain() {
            return layers.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
        }
    }

    /** sup body, over the ball. */
    record Sup(Notation body) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.sup(this); }

        @Override
        public String plain() {
            return "sup" + (body instanceof Abs || body instanceof Norm ? "" : " ") + body.plain();
        }
    }

    /** Items side by side, separated by spaces (none before a comma, none in a coefficient: 2||x||). */
    record Row(List<Notation> items) implements Notation {
        @Override public <R> R accept(NotationCases<R> cases) { return cases.row(this); }

        public Row {
            items = List.copyOf(items);
        }

        @Override
        public String plain() {
            StringBuilder out = new StringBuilder();
            Notation previous = null;
            for (Notation item : items) {
                boolean hug = previous == null || item instanceof Operator o && o.op() == Op.COMMA
                        || previous instanceof Int && item instanceof Norm;
                out.append(hug ? "" : " ").append(item.plain());
                previous = item;
            }
            return out.toString();
        }
    }
}
