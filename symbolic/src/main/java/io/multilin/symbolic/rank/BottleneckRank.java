package io.multilin.symbolic.rank;

import io.multilin.symbolic.cas.SymjaSession;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The bottleneck rank of a task's target, derived with Symja from its expression: the smallest
 * r such that {@code z -> y(z)} factors through R^r.
 *
 * <p>Derivation. If {@code y = a o b} with {@code b: R^q -> R^r}, then {@code J_y = J_a J_b}
 * has rank at most r at every z; so the rank of {@code J_y} at any single point is a lower
 * bound. The target factors through the latent coordinates it actually depends on (those whose
 * column of {@code J_y} is not identically zero) and through its own output space; so the
 * smaller of those two counts is an upper bound. The Jacobian is built and differentiated
 * symbolically ({@code D}), its structurally zero columns are read off, and its exact rank
 * at z = 0 (where tanh vanishes and its derivative is 1, so every entry is rational) comes from
 * {@code MatrixRank}. When the two bounds meet the rank is proved; otherwise both are reported.
 *
 * @param rank             the lower bound (equal to the rank when {@link #exact()})
 * @param upperBound       min(latent coordinates the target depends on, output dimension)
 * @param exact            whether the bounds meet
 * @param dependsOn        1-based indices of the latent coordinates with a non-zero Jacobian column
 * @param inputMapRank     exact rank at z = 0 of the input map's Jacobian {@code dx/dz} (q means
 *                         g is an immersion there, so ranks with respect to z and to x agree on
 *                         the data manifold), or -1 when no input map was given
 * @param derivation       the steps, one line each, for reports
 */
public record BottleneckRank(int rank, int upperBound, boolean exact, List<Integer> dependsOn, int inputMapRank,
                             List<String> derivation) {

    public static BottleneckRank of(TaskSpec task) {
        try (SymjaSession evaluator = SymjaSession.open("the bottleneck rank of a task")) {
            return of(task, evaluator);
        }
    }

    private static BottleneckRank of(TaskSpec task, SymjaSession evaluator) {
        int q = task.latentDim();
        ISymbol[] z = new ISymbol[q];
        for (int j = 0; j < q; j++) {
            z[j] = F.symbol("z" + (j + 1));
        }
        IExpr[] y = twoLayer(task.targetFirst(), task.targetSecond(), z);
        IExpr[][] jacobian = jacobian(evaluator, y, z);
        List<Integer> depends = new ArrayList<>();
        for (int j = 0; j < q; j++) {
            boolean zeroColumn = true;
            for (IExpr[] row : jacobian) {
                zeroColumn &= row[j].isZero();
            }
            if (!zeroColumn) {
                depends.add(j + 1);
            }
        }
        int upper = Math.min(depends.size(), y.length);
        int atOrigin = rankAtOrigin(evaluator, jacobian, z);
        List<String> lines = new ArrayList<>();
        lines.add("y = H2 tanh(H1 (z1..z" + task.latentUsed() + ")) with H1 " + task.targetFirst().length + "x"
                + task.latentUsed() + ", H2 " + y.length + "x" + task.targetFirst().length
                + " (exact rationals), latent z in R^" + q);
        lines.add("J = D[y, z] (" + y.length + "x" + q + "): non-zero columns for z" + depends
                + ", the others vanish identically");
        lines.add("upper bound: y factors through those " + depends.size() + " coordinates and through R^" + y.length
                + ", so rank <= " + upper);
        lines.add("lower bound: MatrixRank(J at z = 0) = " + atOrigin + " (a factorisation through R^r forces rank J <= r"
                + " at every point)");
        boolean exact = atOrigin == upper;
        lines.add(exact ? "bounds meet: bottleneck rank = " + upper
                : "bounds differ: " + atOrigin + " <= bottleneck rank <= " + upper);
        int inputRank = -1;
        if (task.hasInputMap()) {
            IExpr[] x = twoLayer(task.inputFirst(), task.inputSecond(), z);
            inputRank = rankAtOrigin(evaluator, jacobian(evaluator, x, z), z);
            lines.add("input map x = G2 tanh(G1 z): MatrixRank(D[x, z] at z = 0) = " + inputRank
                    + (inputRank == q ? " = q, an immersion: the rank is the same with respect to x on the data manifold"
                            : " < q: the inputs lose latent information"));
        }
        return new BottleneckRank(atOrigin, upper, exact, List.copyOf(depends), inputRank, List.copyOf(lines));
    }

    /** {@code B tanh(A z[0..cols(A)))} as Symja expressions. */
    static IExpr[] twoLayer(double[][] first, double[][] second, ISymbol[] z) {
        IExpr[] hidden = new IExpr[first.length];
        for (int h = 0; h < first.length; h++) {
            IExpr[] terms = new IExpr[first[h].length];
            for (int j = 0; j < first[h].length; j++) {
                terms[j] = F.Times(exact(first[h][j]), z[j]);
            }
            hidden[h] = F.Tanh(F.Plus(terms));
        }
        IExpr[] out = new IExpr[second.length];
        for (int i = 0; i < second.length; i++) {
            IExpr[] terms = new IExpr[hidden.length];
            for (int h = 0; h < hidden.length; h++) {
                terms[h] = F.Times(exact(second[i][h]), hidden[h]);
            }
            out[i] = F.Plus(terms);
        }
        return out;
    }

    static IExpr[][] jacobian(SymjaSession evaluator, IExpr[] y, ISymbol[] z) {
        IExpr[][] j = new IExpr[y.length][z.length];
        for (int i = 0; i < y.length; i++) {
            for (int c = 0; c < z.length; c++) {
                j[i][c] = evaluator.eval(F.D(y[i], z[c]));
            }
        }
        return j;
    }

    static int rankAtOrigin(SymjaSession evaluator, IExpr[][] jacobian, ISymbol[] z) {
        IExpr[] rules = new IExpr[z.length];
        for (int c = 0; c < z.length; c++) {
            rules[c] = F.Rule(z[c], F.C0);
        }
        IAST substitution = F.List(rules);
        IExpr[] rows = new IExpr[jacobian.length];
        for (int i = 0; i < jacobian.length; i++) {
            IExpr[] entries = new IExpr[jacobian[i].length];
            for (int c = 0; c < entries.length; c++) {
                IExpr value = evaluator.eval(F.ReplaceAll(jacobian[i][c], substitution));
                if (!value.isRational()) {
                    throw new IllegalStateException("Jacobian entry at z = 0 is not an exact rational: " + value);
                }
                entries[c] = value;
            }
            rows[i] = F.List(entries);
        }
        IExpr rank = evaluator.eval(F.unaryAST1(S.MatrixRank, F.List(rows)));
        int r = rank.toIntDefault(-1);
        if (r < 0) {
            throw new IllegalStateException("MatrixRank did not return an integer: " + rank);
        }
        return r;
    }

    /** The exact rational value of a double. */
    static IExpr exact(double value) {
        BigFraction f = new BigFraction(value);
        BigInteger num = f.getNumerator();
        BigInteger den = f.getDenominator();
        return den.equals(BigInteger.ONE) ? F.ZZ(num) : F.fraction(num, den);
    }
}
