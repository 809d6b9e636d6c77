package io.multilin.symbolic.exact;

import io.multilin.architecture.Activation;
import io.multilin.symbolic.cas.SymjaSession;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The network output built and expanded by Symja, for small networks: an independent check
 * of the dedicated engine, and the source of the LaTeX in reports ({@link SymjaLatex}).
 * Expressions are built with the Java API only; symbol names come from
 * {@link WeightVariables#name}, which has no underscores and no capitals.
 */
public final class SymjaExpansion {

    private SymjaExpansion() {
    }

    /** f_1 of the network (of W, or of W + D when {@code perturbed}), expanded by Symja. */
    public static IExpr expanded(ConcreteNetwork network, boolean perturbed) {
        WeightVariables vars = new WeightVariables(network.widths(), perturbed);
        double[] x = network.x();
        IExpr[] input = new IExpr[x.length];
        for (int j = 0; j < x.length; j++) {
            input[j] = number(x[j]);
        }
        double[] alphas = network.alphas();
        IExpr[] multipliers = new IExpr[alphas.length];
        for (int l = 0; l < alphas.length; l++) {
            multipliers[l] = number(alphas[l]);
        }
        return expand(forward(network, vars, input, multipliers));
    }

    /** The same expansion converted to the dedicated engine's representation. */
    public static SparsePolynomial polynomial(ConcreteNetwork network, boolean perturbed) {
        WeightVariables vars = new WeightVariables(network.widths(), perturbed);
        Map<String, Integer> index = new HashMap<>();
        for (int v = 0; v < vars.variableCount(); v++) {
            index.put(vars.name(v), v);
        }
        IExpr e = expanded(network, perturbed);
        HashMap<Monomial, Double> terms = new HashMap<>();
        if (e.isPlus()) {
            for (int k = 1; k <= e.argSize(); k++) {
                addTerm(e.getAt(k), index, terms);
            }
        } else {
            addTerm(e, index, terms);
        }
        return SparsePolynomial.owning(terms);
    }

    static IExpr expand(IExpr expression) {
        try (SymjaSession symja = SymjaSession.open("the expansion of a small network")) {
            return symja.eval(F.Expand(expression));
        }
    }

    /** Forward propagation with Symja expressions; input and multipliers may be symbols. */
    static IExpr forward(ConcreteNetwork network, WeightVariables vars, IExpr[] input, IExpr[] multipliers) {
        int[] n = network.widths();
        IExpr[] a = input;
        int depth = network.depth();
        for (int l = 1; l <= depth; l++) {
            int rows = l == depth ? 1 : n[l];
            IExpr[] next = new IExpr[rows];
            for (int i = 0; i < rows; i++) {
                IExpr[] sum = new IExpr[n[l - 1]];
                for (int j = 0; j < n[l - 1]; j++) {
                    IExpr entry = F.symbol(vars.name(vars.w(l, i, j)));
                    if (vars.hasPerturbation()) {
                        entry = F.Plus(entry, F.symbol(vars.name(vars.d(l, i, j))));
                    }
                    sum[j] = F.Times(entry, a[j]);
                }
                IExpr z = F.Times(multipliers[l - 1], F.Plus(sum));
                next[i] = activate(l == depth ? network.output() : network.hidden(), z);
            }
            a = next;
        }
        return a[0];
    }

    private static IExpr activate(Activation activation, IExpr z) {
        if (PolynomialActivation.isIdentity(activation)) {
            return z;
        }
        List<Double> c = PolynomialActivation.coefficients(activation);
        IExpr[] terms = new IExpr[c.size()];
        for (int k = 0; k < c.size(); k++) {
            terms[k] = F.Times(number(c.get(k)), F.Power(z, k));
        }
        return F.Plus(terms);
    }

    /** Integer-valued doubles become exact integers, so small cases are exact rational algebra. */
    static IExpr number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return F.ZZ((long) value);
        }
        return F.num(value);
    }

    private static void addTerm(IExpr term, Map<String, Integer> index, Map<Monomial, Double> terms) {
        double coefficient = 1;
        Monomial monomial = Monomial.ONE;
        Iterable<IExpr> factors = term.isTimes() ? args(term) : List.of(term);
        for (IExpr factor : factors) {
            if (factor.isNumber()) {
                coefficient *= factor.evalf();
            } else if (factor.isSymbol()) {
                monomial = monomial.times(Monomial.variable(lookup(factor, index)));
            } else if (factor.isPower() && factor.base().isSymbol()) {
                int power = factor.exponent().toIntDefault(-1);
                if (power < 1) {
                    throw new IllegalStateException("unexpected power in a polynomial: " + factor);
                }
                int v = lookup(factor.base(), index);
                for (int p = 0; p < power; p++) {
                    monomial = monomial.times(Monomial.variable(v));
                }
            } else {
                throw new IllegalStateException("unexpected factor in an expanded polynomial: " + factor);
            }
        }
        terms.merge(monomial, coefficient, Double::sum);
    }

    static List<IExpr> args(IExpr ast) {
        java.util.ArrayList<IExpr> list = new java.util.ArrayList<>();
        for (int k = 1; k <= ast.argSize(); k++) {
            list.add(ast.getAt(k));
        }
        return list;
    }

    private static int lookup(IExpr symbol, Map<String, Integer> index) {
        Integer v = index.get(symbol.toString());
        if (v == null) {
            throw new IllegalStateException("unknown symbol " + symbol);
        }
        return v;
    }
}
