package io.multilin.numeric.engine;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * {@code H V} for a direction V given row by row, as a {@link FactoredRows}: V enters a
 * Hessian-vector product only through {@code V_l a_{l-1}} and {@code V_l^T g_l}, which its
 * orthogonal projection on the range space S_l ({@link RangeCoordinates}) shares, so
 * {@code H V = H P(V)} and the factored product applies. One streamed pass over V's rows, the
 * W matvecs of one HVP, and a result of O(widths) where the dense product is weight-sized.
 */
public final class ProjectedHessian {

    private ProjectedHessian() {
    }

    /** {@code H(w) v} at the point of d (whose weights must be as they were when d was made). */
    public static FactoredRows times(Derivatives d, RowSource v) {
        ParameterLayout layout = d.network().layout();
        int depth = layout.depth();
        TreeSet<Integer> all = IntStream.rangeClosed(1, depth).boxed().collect(Collectors.toCollection(TreeSet::new));
        RangeCoordinates coordinates = new RangeCoordinates(d, List.of(all));
        double[][] p = new double[depth + 1][];
        double[][] q = new double[depth + 1][];
        RowSource.Cursor cursor = v.open();
        for (int l = 1; l <= depth; l++) {
            if (!v.covers(l)) {
                continue;
            }
            double[] a = d.activation(l - 1);
            double[] g = d.adjoint(l);
            p[l] = new double[layout.rows(l)];
            q[l] = new double[layout.columns(l)];
            double[] row = new double[layout.columns(l)];
            for (int i = 0; i < layout.rows(l); i++) {
                cursor.row(l, i, row);
                p[l][i] = Vectors.dot(row, a);
                if (g[i] != 0) {
                    Vectors.axpy(g[i], row, 0, q[l], 0, row.length);
                }
            }
            coordinates.projectionFactors(l, p[l], q[l]);
        }
        double[][] outP = new double[depth + 1][];
        double[][] outQ = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            outP[l] = new double[layout.rows(l)];
            outQ[l] = new double[layout.columns(l)];
        }
        d.factoredHessianTimes(p, q, outP, outQ);
        FactoredRows result = FactoredRows.zero(depth);
        for (int l = 1; l <= depth; l++) {
            result = result.plus(l, 1, outP[l], d.activation(l - 1).clone());
            result = result.plus(l, 1, d.adjoint(l).clone(), outQ[l]);
        }
        return result;
    }
}
