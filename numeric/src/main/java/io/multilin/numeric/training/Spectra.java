package io.multilin.numeric.training;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/** Singular values and the two rank notions of docs/TRAINING-CLAIMS.md. */
public final class Spectra {

    /** A singular value of a weight matrix is "near 1" when it lies in [1/2, 2]. */
    public static final double NEAR_ONE_LOW = 0.5;
    public static final double NEAR_ONE_HIGH = 2.0;
    /** Numerical rank: singular values at least this fraction of the largest. */
    public static final double RELATIVE_RANK_TOLERANCE = 0.1;

    private Spectra() {
    }

    /** Singular values of a dense matrix, largest first. */
    public static double[] singularValues(double[][] matrix) {
        for (double[] row : matrix) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("matrix has a non-finite entry " + v);
                }
            }
        }
        boolean wide = matrix.length < matrix[0].length;
        Array2DRowRealMatrix m = new Array2DRowRealMatrix(matrix, false);
        // commons-math computes the SVD of tall matrices most reliably; the spectrum is transpose-invariant.
        double[] s = new SingularValueDecomposition(wide ? m.transpose() : m).getSingularValues();
        double[] sorted = s.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length / 2; i++) {
            double t = sorted[i];
            sorted[i] = sorted[sorted.length - 1 - i];
            sorted[sorted.length - 1 - i] = t;
        }
        return sorted;
    }

    /** Singular values of a row-major {@code rows x cols} flat matrix. */
    public static double[] singularValues(double[] flat, int rows, int cols) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, m[i], 0, cols);
        }
        return singularValues(m);
    }

    /** How many singular values lie in [{@link #NEAR_ONE_LOW}, {@link #NEAR_ONE_HIGH}]. */
    public static int countNearOne(double[] singularValues) {
        int c = 0;
        for (double s : singularValues) {
            if (s >= NEAR_ONE_LOW && s <= NEAR_ONE_HIGH) {
                c++;
            }
        }
        return c;
    }

    /** {@code sqrt(sum of s^2)} over the singular values not near 1: the "rest" of the spectrum. */
    public static double restNorm(double[] singularValues) {
        double sum = 0;
        for (double s : singularValues) {
            if (!(s >= NEAR_ONE_LOW && s <= NEAR_ONE_HIGH)) {
                sum += s * s;
            }
        }
        return Math.sqrt(sum);
    }

    /** Count of singular values {@code >= tolerance * s_max} (0 for the zero matrix). */
    public static int numericalRank(double[] singularValues, double tolerance) {
        double max = 0;
        for (double s : singularValues) {
            max = Math.max(max, s);
        }
        if (max == 0) {
            return 0;
        }
        int c = 0;
        for (double s : singularValues) {
            if (s >= tolerance * max) {
                c++;
            }
        }
        return c;
    }

    /** Centres the columns of a row-major {@code rows x cols} matrix (in a copy). */
    static double[] centredColumns(double[] flat, int rows, int cols) {
        double[] c = flat.clone();
        for (int j = 0; j < cols; j++) {
            double mean = 0;
            for (int i = 0; i < rows; i++) {
                mean += c[i * cols + j];
            }
            mean /= rows;
            for (int i = 0; i < rows; i++) {
                c[i * cols + j] -= mean;
            }
        }
        return c;
    }
}
