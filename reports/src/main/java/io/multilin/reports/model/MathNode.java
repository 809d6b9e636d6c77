package io.multilin.reports.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Inline mathematics as a tree of closed node types, so that a producer says "the norm of H"
 * rather than writing LaTeX. Every leaf is validated (names are letters, words a small safe
 * alphabet, symbols an enum), so any tree renders to LaTeX that cannot form a control sequence
 * of its own choosing: unlike {@link Formula}, nothing here needs screening. Untrusted text
 * never goes in a tree; it stays an {@link Inline.Text} next to it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "node")
@JsonSubTypes({
        @JsonSubTypes.Type(value = MathNode.Var.class, name = "var"),
        @JsonSubTypes.Type(value = MathNode.Num.class, name = "num"),
        @JsonSubTypes.Type(value = MathNode.Frac.class, name = "frac"),
        @JsonSubTypes.Type(value = MathNode.Decimal.class, name = "decimal"),
        @JsonSubTypes.Type(value = MathNode.Sym.class, name = "sym"),
        @JsonSubTypes.Type(value = MathNode.Word.class, name = "word"),
        @JsonSubTypes.Type(value = MathNode.Pow.class, name = "pow"),
        @JsonSubTypes.Type(value = MathNode.Sub.class, name = "sub"),
        @JsonSubTypes.Type(value = MathNode.Prime.class, name = "prime"),
        @JsonSubTypes.Type(value = MathNode.Norm.class, name = "norm"),
        @JsonSubTypes.Type(value = MathNode.Abs.class, name = "abs"),
        @JsonSubTypes.Type(value = MathNode.Sqrt.class, name = "sqrt"),
        @JsonSubTypes.Type(value = MathNode.Group.class, name = "group"),
        @JsonSubTypes.Type(value = MathNode.SetOf.class, name = "set"),
        @JsonSubTypes.Type(value = MathNode.Sup.class, name = "sup"),
        @JsonSubTypes.Type(value = MathNode.BigOp.class, name = "big-op"),
        @JsonSubTypes.Type(value = MathNode.Seq.class, name = "seq"),
        @JsonSubTypes.Type(value = MathNode.Row.class, name = "row")})
public sealed interface MathNode {

    Pattern NAME = Pattern.compile("[A-Za-z]+");
    Pattern WORD = Pattern.compile("[A-Za-z0-9 ,.:;()/+=-]+");
    Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?");

    /** A variable: one letter in italics, several (RMS) upright. */
    record Var(String name) implements MathNode {
        public Var {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("a math variable is ASCII letters, got: " + name);
            }
        }
    }

    record Num(long value) implements MathNode {
    }

    /** An exact rational written inline as {@code p/q} (an exponent reads m^{-1/2}); q = 1 is the integer. */
    record Frac(long numerator, long denominator) implements MathNode {
        public Frac {
            if (denominator <= 0) {
                throw new IllegalArgumentException("denominator must be positive, got " + denominator);
            }
        }
    }

    /**
     * A measured number with the digits the reader is shown (-0.502, 1.5e-05); an exponent
     * part is typeset as a power of ten.
     */
    record Decimal(String digits) implements MathNode {
        public Decimal {
            if (digits == null || !DECIMAL.matcher(digits).matches()) {
                throw new IllegalArgumentException("a decimal is -?digits[.digits][e-?digits], got: " + digits);
            }
        }

        /** The digits before any exponent part. */
        public String mantissa() {
            int e = digits.indexOf('e');
            return e < 0 ? digits : digits.substring(0, e);
        }

        /** The power of ten, 0 when the digits have none. */
        public int powerOfTen() {
            int e = digits.indexOf('e');
            return e < 0 ? 0 : Integer.parseInt(digits.substring(e + 1));
        }
    }

    record Sym(Symbol symbol) implements MathNode {
        public Sym {
            Objects.requireNonNull(symbol, "symbol");
        }
    }

    /** Upright words inside math (e.g. "across"), from a small alphabet with no TeX meaning. */
    record Word(String text) implements MathNode {
        public Word {
            if (text == null || !WORD.matcher(text).matches()) {
                throw new IllegalArgumentException("a math word is letters, digits, spaces and ,.:;()/+=-, got: " + text);
            }
        }
    }

    record Pow(MathNode base, MathNode exponent) implements MathNode {
        public Pow {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(exponent, "exponent");
        }
    }

    record Sub(MathNode base, MathNode index) implements MathNode {
        public Sub {
            Objects.requireNonNull(base, "base");
            Objects.requireNonNull(index, "index");
        }
    }

    /** {@code count} primes: a second derivative is {@code Prime(phi, 2)}. */
    record Prime(MathNode base, int count) implements MathNode {
        public Prime {
            Objects.requireNonNull(base, "base");
            if (count < 1 || count > 4) {
                throw new IllegalArgumentException("1 to 4 primes, got " + count);
            }
        }
    }

    /** {@code ||body||} with an optional (nullable) index, e.g. the 2 of an operator norm. */
    record Norm(MathNode body, MathNode index) implements MathNode {
        public Norm {
            Objects.requireNonNull(body, "body");
        }
    }

    record Abs(MathNode body) implements MathNode {
        public Abs {
            Objects.requireNonNull(body, "body");
        }
    }

    record Sqrt(MathNode body) implements MathNode {
        public Sqrt {
            Objects.requireNonNull(body, "body");
        }
    }

    /** Parentheses, or square brackets when {@code square}. */
    record Group(MathNode body, boolean square) implements MathNode {
        public Group {
            Objects.requireNonNull(body, "body");
        }
    }

    /** A set written out: {1, 2}. */
    record SetOf(List<MathNode> items) implements MathNode {
        public SetOf {
            items = List.copyOf(items);
        }
    }

    /** {@code sup_{over} body}; {@code over} nullable. */
    record Sup(MathNode over, MathNode body) implements MathNode {
        public Sup {
            Objects.requireNonNull(body, "body");
        }
    }

    /** A sum or product {@code op_{from}^{to} body}; the limits are nullable. */
    record BigOp(Symbol op, MathNode from, MathNode to, MathNode body) implements MathNode {
        public BigOp {
            if (op != Symbol.SUM && op != Symbol.PROD) {
                throw new IllegalArgumentException("a big operator is SUM or PROD, got " + op);
            }
            Objects.requireNonNull(body, "body");
        }
    }

    /** The run {@code first, ..., last} (layers j down to i, coordinates 1 to q). */
    record Seq(MathNode first, MathNode last) implements MathNode {
        public Seq {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }
    }

    /** Juxtaposition: the items side by side, operators being {@link Sym}s among them. */
    record Row(List<MathNode> items) implements MathNode {
        public Row {
            items = List.copyOf(items);
        }
    }

    static MathNode var(String name) {
        return new Var(name);
    }

    static MathNode sym(Symbol symbol) {
        return new Sym(symbol);
    }

    static MathNode row(MathNode... items) {
        return new Row(List.of(items));
    }

    static MathNode sub(MathNode base, MathNode index) {
        return new Sub(base, index);
    }

    static MathNode pow(MathNode base, MathNode exponent) {
        return new Pow(base, exponent);
    }
}
