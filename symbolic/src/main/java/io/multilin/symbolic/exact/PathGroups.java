package io.multilin.symbolic.exact;

import io.multilin.symbolic.cas.SymjaSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The groups of {@link SymjaLatex} for a linear network, read off its path structure instead
 * of a computer-algebra expansion. With x and the multipliers as symbols, f(W + D) is
 * {@code alpha_1 ... alpha_L} times the sum over paths {@code (j, i_1, ..., i_{L-1}, 0)} of
 * {@code x_j} times the product over layers of {@code (W_l + D_l)[i_l, i_{l-1}]}; a path and a
 * set S of layers taking D give one term of group S, and distinct (path, S) give distinct
 * monomials. So every group has one term per path, and its first terms are built directly:
 * Symja only brings each shown term to canonical form and typesets it (a whole expansion of a
 * depth-6 instance took Symja tens of seconds per claim; SymjaExpansionTest checks the two
 * routes give the same groups).
 */
final class PathGroups {

    private PathGroups() {
    }

    static List<SymjaLatex.Group> of(int[] widths, int shownTerms) {
        int depth = widths.length - 1;
        WeightVariables vars = new WeightVariables(widths, true);
        long paths = widths[0];
        for (int l = 1; l < depth; l++) {
            paths = Math.multiplyExact(paths, widths[l]);
        }
        if (paths > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a small instance with " + paths + " paths is not small");
        }
        List<Set<Integer>> subsets = new ArrayList<>();
        for (int mask = 0; mask < 1 << depth; mask++) {
            Set<Integer> s = new TreeSet<>();
            for (int l = 1; l <= depth; l++) {
                if ((mask & 1 << (l - 1)) != 0) {
                    s.add(l);
                }
            }
            subsets.add(s);
        }
        subsets.sort(LayerSets.ORDER);
        List<SymjaLatex.Group> groups = new ArrayList<>();
        try (SymjaSession canonical = SymjaSession.open("the terms of a small linear network")) {
            for (Set<Integer> s : subsets) {
                List<IExpr> shown = new ArrayList<>();
                for (int p = 0; p < Math.min(shownTerms, paths); p++) {
                    shown.add(canonical.eval(term(widths, vars, s, p)));
                }
                groups.add(new SymjaLatex.Group(s, (int) paths, SymjaLatex.latex(shown, (int) paths)));
            }
        }
        return groups;
    }

    /** The term of path number {@code p} (input index most significant) in group {@code s}. */
    private static IExpr term(int[] widths, WeightVariables vars, Set<Integer> s, long p) {
        int depth = widths.length - 1;
        int[] index = new int[depth + 1];
        long rest = p;
        for (int l = depth - 1; l >= 0; l--) {
            index[l] = (int) (rest % widths[l]);
            rest /= widths[l];
        }
        List<IExpr> factors = new ArrayList<>();
        for (int l = 1; l <= depth; l++) {
            factors.add(F.symbol("alpha" + l));
        }
        factors.add(F.symbol("x" + index[0]));
        for (int l = 1; l <= depth; l++) {
            int row = l == depth ? 0 : index[l];
            int variable = s.contains(l) ? vars.d(l, row, index[l - 1]) : vars.w(l, row, index[l - 1]);
            factors.add(F.symbol(vars.name(variable)));
        }
        return F.Times(factors.toArray(new IExpr[0]));
    }
}
