package io.multilin.numeric.engine;

import io.multilin.numeric.activation.ActivationFunction;
import java.util.Arrays;

/**
 * Exact Taylor coefficients {@code c_0..c_K} of {@code t -> f_1(w + t u; x)} at t = 0, by
 * propagating power series truncated at order K through the layers: {@code W(t) = W + t U}
 * is linear in t, so {@code z_k = alpha (W a_k + U a_{k-1})}, and each nonlinearity is composed
 * with the series by {@code sigma(z_0 + dz) = sum_j sigma^{(j)}(z_0) dz^j / j!}. For polynomial
 * networks the coefficients beyond the degree come out exactly zero. A workspace: not
 * thread-safe.
 */
public final class TaylorMode {

    private final Network network;
    private final int order;
    /** Series of a_l, coefficient-major: {@code a[l][k * n_l + i]}. */
    private final double[][] a;
    private final double[][] z;
    private final double[] dz;
    private final double[] power;
    private final double[] next;
    private final double[] derivatives;
    private final double[] inverseFactorial;
    private final Kernels kernels;

    public TaylorMode(Network network, int order) {
        this(network, order, Kernels.sequential());
    }

    /** A workspace whose layers may be split over the kernels' threads (same results for any count). */
    public TaylorMode(Network network, int order, Kernels kernels) {
        if (!network.isAnalytic()) {
            String name = network.activation().isAnalytic() ? network.output().activation().spelling()
                    : network.activation().activation().spelling();
            throw new IllegalArgumentException(name + " is not analytic: Taylor-mode propagation does not apply;"
                    + " use FiniteDifferences for this network");
        }
        if (order < 0 || order > ActivationFunction.MAX_ORDER) {
            throw new IllegalArgumentException("Taylor order must be in 0.." + ActivationFunction.MAX_ORDER);
        }
        this.network = network;
        this.order = order;
        this.kernels = kernels;
        int depth = network.depth();
        a = new double[depth + 1][];
        z = new double[depth + 1][];
        for (int l = 1; l <= depth; l++) {
            a[l] = new double[(order + 1) * network.width(l)];
            z[l] = new double[(order + 1) * network.width(l)];
        }
        a[0] = new double[(order + 1) * network.width(0)];
        dz = new double[order + 1];
        power = new double[order + 1];
        next = new double[order + 1];
        derivatives = new double[order + 1];
        inverseFactorial = new double[order + 1];
        inverseFactorial[0] = 1;
        for (int j = 1; j <= order; j++) {
            inverseFactorial[j] = inverseFactorial[j - 1] / j;
        }
    }

    public int order() {
        return order;
    }

    /** {@code c_0..c_K} of {@code f_1(w + t u; x)}. */
    public double[] coefficients(double[] w, double[] u, double[] x) {
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        int n0 = network.width(0);
        Arrays.fill(a[0], 0);
        System.arraycopy(x, 0, a[0], 0, n0);
        for (int l = 1; l <= depth; l++) {
            int rows = layout.rows(l);
            int cols = layout.columns(l);
            int off = layout.offset(l);
            double alpha = network.multiplier(l);
            SeriesKernels.layer(kernels, w, u, off, rows, cols, a[l - 1], order, alpha, z[l]);
            ActivationFunction sigma = l < depth ? network.activation() : network.output();
            compose(sigma, z[l], a[l], rows);
        }
        double[] c = new double[order + 1];
        int rowsL = network.width(depth);
        for (int k = 0; k <= order; k++) {
            c[k] = a[depth][k * rowsL];
        }
        return c;
    }

    /**
     * The coefficients along a direction given row by row ({@link RowSource}: a ball cell never
     * holds a weight-sized direction): the same series, U's row read from the cursor once per
     * row and dotted with every order of the input series.
     */
    public double[] coefficients(double[] w, RowSource u, double[] x) {
        ParameterLayout layout = network.layout();
        int depth = network.depth();
        Arrays.fill(a[0], 0);
        System.arraycopy(x, 0, a[0], 0, network.width(0));
        RowSource.Cursor cursor = u.open();
        // The highest order of a_{l-1} that may be nonzero: coefficients above it are exact
        // zeros (each layer the direction covers raises the order of a linear network's series
        // by one), so their dot products are skipped rather than summed as zeros. The results
        // are those of the full loops up to the sign of exact zeros; a chain direction on three
        // layers of a depth-6 linear line thus costs about a third of the full series.
        int degree = 0;
        for (int l = 1; l <= depth; l++) {
            int cols = layout.columns(l);
            double[] in = a[l - 1];
            double[] uRow = u.covers(l) ? new double[cols] : null;
            int top = Math.min(order, degree + (uRow != null ? 1 : 0));
            int n = layout.rows(l);
            double[] zl = z[l];
            for (int i = 0; i < n; i++) {
                int rowOff = layout.offset(l) + i * cols;
                if (uRow != null) {
                    cursor.row(l, i, uRow);
                }
                // z_k = alpha (W a_k + U a_{k-1}): the U term of order k comes from a_{k-1}.
                double carried = 0;
                for (int k = 0; k <= top; k++) {
                    double own = k <= degree ? Vectors.dot(w, rowOff, in, k * cols, cols) : 0;
                    zl[k * n + i] = network.multiplier(l) * (own + carried);
                    carried = uRow != null && k < order && k <= degree ? Vectors.dot(uRow, 0, in, k * cols, cols) : 0;
                }
                for (int k = top + 1; k <= order; k++) {
                    zl[k * n + i] = 0;
                }
            }
            ActivationFunction sigma = l < depth ? network.activation() : network.output();
            compose(sigma, zl, a[l], n);
            degree = degreeOf(sigma, top);
        }
        double[] c = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            c[k] = a[depth][k * network.width(depth)];
        }
        return c;
    }

    /**
     * The highest order of {@code sigma(z)} that may be nonzero when z's series stops at order
     * {@code top}: a constant stays constant, a polynomial of degree p multiplies the order by
     * p, any other analytic function fills the series.
     */
    private int degreeOf(ActivationFunction sigma, int top) {
        if (top == 0 || sigma instanceof io.multilin.numeric.activation.Identity) {
            return top;
        }
        if (sigma.polynomialDegree().isPresent()) {
            return (int) Math.min(order, (long) top * sigma.polynomialDegree().getAsInt());
        }
        return order;
    }

    /** {@code out = sigma(series)} for each of n neurons. */
    private void compose(ActivationFunction sigma, double[] series, double[] out, int n) {
        if (sigma instanceof io.multilin.numeric.activation.Identity) {
            System.arraycopy(series, 0, out, 0, series.length);
            return;
        }
        int maxJ = order;
        if (sigma.polynomialDegree().isPresent()) {
            maxJ = Math.min(order, sigma.polynomialDegree().getAsInt());
        }
        for (int i = 0; i < n; i++) {
            sigma.derivatives(series[i], maxJ, derivatives);
            double[] result = next;
            Arrays.fill(result, 0);
            result[0] = derivatives[0];
            dz[0] = 0;
            for (int k = 1; k <= order; k++) {
                dz[k] = series[k * n + i];
            }
            System.arraycopy(dz, 0, power, 0, order + 1);
            for (int j = 1; j <= maxJ; j++) {
                if (j > 1) {
                    multiplyByDz(j);
                }
                double d = derivatives[j] * inverseFactorial[j];
                for (int k = j; k <= order; k++) {
                    result[k] += d * power[k];
                }
            }
            for (int k = 0; k <= order; k++) {
                out[k * n + i] = result[k];
            }
        }
    }

    /** {@code power <- power * dz}, where power = dz^{j-1} starts at t^{j-1}; result starts at t^j. */
    private void multiplyByDz(int j) {
        for (int k = order; k >= j; k--) {
            double s = 0;
            for (int p = j - 1; p <= k - 1; p++) {
                s += power[p] * dz[k - p];
            }
            power[k] = s;
        }
        for (int k = 0; k < j; k++) {
            power[k] = 0;
        }
    }
}
