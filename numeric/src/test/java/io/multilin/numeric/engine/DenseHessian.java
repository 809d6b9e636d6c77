package io.multilin.numeric.engine;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * The Hessian as a dense matrix, column by column from exact HVPs, and its norms by a dense
 * singular value decomposition: the independent reference the Lanczos values are
 * checked against (small networks only). Public for the tests of other packages.
 */
public final class DenseHessian {

    private DenseHessian() {
    }

    /** The dense Hessian of f at the point of {@code d}, over all weights. */
    public static double[][] of(Derivatives d) {
        int p = d.network().layout().total();
        double[][] h = new double[p][p];
        double[] e = new double[p];
        double[] column = new double[p];
        for (int j = 0; j < p; j++) {
            e[j] = 1;
            d.hessianTimes(e, column);
            e[j] = 0;
            for (int i = 0; i < p; i++) {
                h[i][j] = column[i];
            }
        }
        return h;
    }

    /**
     * {@code ||H||_2} of the dense Hessian at d's point: its largest singular value, which for a
     * symmetric matrix is the largest absolute eigenvalue (the SVD, unlike commons-math's
     * eigen-decomposition, does not fail on the Hessian's large null space).
     */
    public static double norm(Derivatives d) {
        return new SingularValueDecomposition(new Array2DRowRealMatrix(of(d), false)).getNorm();
    }

    /** The largest singular value of the block (rows a, columns b) of the Hessian at d's point. */
    public static double blockNorm(Derivatives d, List<Integer> a, List<Integer> b) {
        return new SingularValueDecomposition(block(of(d), d.network().layout(), a, b)).getNorm();
    }

    /** The block rows a x columns b of a dense Hessian over all weights. */
    public static RealMatrix block(double[][] h, ParameterLayout layout, List<Integer> a, List<Integer> b) {
        int[] ia = indices(layout, a);
        int[] ib = indices(layout, b);
        RealMatrix block = new Array2DRowRealMatrix(ia.length, ib.length);
        for (int i = 0; i < ia.length; i++) {
            for (int j = 0; j < ib.length; j++) {
                block.setEntry(i, j, h[ia[i]][ib[j]]);
            }
        }
        return block;
    }

    private static int[] indices(ParameterLayout layout, List<Integer> layers) {
        return layers.stream().sorted().flatMapToInt(l -> IntStream.range(layout.offset(l),
                layout.offset(l) + layout.size(l))).toArray();
    }
}
