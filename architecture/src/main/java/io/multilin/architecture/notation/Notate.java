package io.multilin.architecture.notation;

import org.apache.commons.math3.fraction.Fraction;

import java.util.Arrays;
import java.util.List;

/** Short constructors for {@link Notation}, so that a rule writes its steps as it would on paper. */
public final class Notate {

    public static final Notation ALPHA = new Notation.Symbolic(Notation.Sym.ALPHA);
    public static final Notation BETA = new Notation.Symbolic(Notation.Sym.BETA);
    public static final Notation ETA = new Notation.Symbolic(Notation.Sym.ETA);
    public static final Notation SIGMA = new Notation.Symbolic(Notation.Sym.SIGMA);
    public static final Notation PHI = new Notation.Symbolic(Notation.Sym.PHI);
    public static final Notation DELTA = new Notation.Symbolic(Notation.Sym.DELTA);
    public static final Notation GRAD = new Notation.Symbolic(Notation.Sym.NABLA);
    /** The layer index l. */
    public static final Notation ELL = new Notation.Symbolic(Notation.Sym.ELL);
    public static final Notation INF = new Notation.Symbolic(Notation.Sym.INFINITY);
    /** The initial weights w0. */
    public static final Notation W0 = new Notation.Initial(new Notation.Name("w"));

    private Notate() {
    }

    public static Notation transpose(Notation base) {
        return new Notation.Transpose(base);
    }

    public static Notation sqrt(Object body) {
        return new Notation.Sqrt(item(body));
    }

    public static Notation name(String name) {
        return new Notation.Name(name);
    }

    public static Notation num(long value) {
        return new Notation.Int(value);
    }

    /** A measured number, spelled as the reader is shown it. */
    public static Notation decimal(String digits) {
        return new Notation.Decimal(digits);
    }

    /** {@code [low, high]}: a closed interval. */
    public static Notation interval(Notation low, Notation high) {
        return new Notation.ListOf(List.of(low, high));
    }

    /** {@code m = [64, 128, 256]}: the widths of a sweep. */
    public static Notation widths(List<Long> widths) {
        return row(name("m"), Op.EQUALS, new Notation.ListOf(widths.stream().map(Notate::num).toList()));
    }

    public static Notation quantity(io.multilin.architecture.Quantity quantity) {
        return new Notation.QuantityOf(quantity);
    }

    /** {@code m^e}, or the words "identically 0" (which has no exponent). */
    public static Step exponent(io.multilin.architecture.Exponent e) {
        return e.value().map(v -> Step.of(power(v))).orElse(Step.of(e.spelling()));
    }

    /** {@code m^e}: a width exponent. */
    public static Notation power(Fraction e) {
        return new Notation.Power(name("m"), new Notation.Ratio(e));
    }

    /** {@code ~ m^e}: "is of the order of". */
    public static Notation sim(Fraction e) {
        return row(Op.SIM, power(e));
    }

    /** {@code => m^e}: the conclusion of a step. */
    public static Notation implies(Fraction e) {
        return row(Op.IMPLIES, power(e));
    }

    public static Notation pow(Notation base, Notation exponent) {
        return new Notation.Power(base, exponent);
    }

    public static Notation sub(String base, Object index) {
        return sub(name(base), index);
    }

    /** {@code base_index}; an index is a layer number, a name, or notation. */
    public static Notation sub(Notation base, Object index) {
        return new Notation.Sub(base, index instanceof Integer i ? num(i) : index instanceof String s ? name(s)
                : (Notation) index);
    }

    public static Notation norm(Notation body) {
        return new Notation.Norm(body, Notation.Norm.Kind.PLAIN);
    }

    public static Notation norm2(Notation body) {
        return new Notation.Norm(body, Notation.Norm.Kind.TWO);
    }

    public static Notation opNorm(Notation body) {
        return new Notation.Norm(body, Notation.Norm.Kind.OPERATOR);
    }

    public static Notation abs(Notation body) {
        return new Notation.Abs(body);
    }

    public static Notation sup(Notation body) {
        return new Notation.Sup(body);
    }

    public static Notation paren(Notation body) {
        return new Notation.Paren(body);
    }

    public static Notation op(Op op) {
        return new Notation.Operator(op);
    }

    /** Items side by side; Strings are names, Ops operators, Integers numbers. */
    public static Notation row(Object... items) {
        return new Notation.Row(Arrays.stream(items).map(Notate::item).toList());
    }

    /** {@code f(x)}: a function (a name or notation) applied to an argument. */
    public static Notation call(Object function, Object argument) {
        return new Notation.Call(item(function), item(argument));
    }

    public static Notation neg(Object body) {
        return new Notation.Neg(item(body));
    }

    /** {@code df/dW}. */
    public static Notation derivative(Object of, Object by) {
        return new Notation.Derivative(item(of), item(by));
    }

    public static Notation sumOver(Object index) {
        return new Notation.SumOver(item(index));
    }

    public static Notation layers(List<Integer> layers) {
        return new Notation.LayerSet(layers);
    }

    /** The product of init matrices of layers j down to i: {@code A[j..i]}. */
    public static Notation product(int from, int to) {
        return new Notation.Indexed(name("A"), num(from), num(to));
    }

    /** {@code dz_l[D_a]}: the change of z_l when layer a moves along its direction D_a. */
    public static Notation dz(Object layer, Object direction) {
        return new Notation.At(sub("dz", layer), sub("D", direction));
    }

    /** {@code (W_L)_1}-style: an entry or row of a layer's matrix. */
    public static Notation entry(Notation matrix, Object index) {
        return sub(paren(matrix), index);
    }

    public static Notation prime(Notation base, int count) {
        return new Notation.Prime(base, count);
    }

    private static Notation item(Object item) {
        if (item instanceof Notation n) {
            return n;
        } else if (item instanceof String s) {
            return name(s);
        } else if (item instanceof Op o) {
            return op(o);
        } else if (item instanceof Integer i) {
            return num(i);
        }
        throw new IllegalArgumentException("a math item is a Notation, a name, an Op or an Integer, got " + item);
    }
}
