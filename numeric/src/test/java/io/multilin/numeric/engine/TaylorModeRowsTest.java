package io.multilin.numeric.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Taylor mode along a direction given row by row skips the orders that are exact zeros (a layer
 * the direction does not cover does not raise the order of the series): against the dense
 * direction's series (an independent kernel) on directions supported on every kind of subset of
 * layers, and, for linear networks, against the loop that sums every order, which it must equal
 * exactly.
 */
class TaylorModeRowsTest {

    static final List<Set<Integer>> SUPPORTS = List.of(Set.of(1), Set.of(3), Set.of(5), Set.of(1, 3), Set.of(2, 4),
            Set.of(4, 5), Set.of(1, 2, 3), Set.of(1, 3, 5), Set.of(2, 3, 4, 5), Set.of(1, 2, 3, 4, 5));

    @ParameterizedTest
    @CsvSource({"linear, linear", "tanh, linear", "'poly(0.2, 1, -0.3)', linear", "gelu, tanh"})
    void rowsEqualTheDenseDirectionsSeries(String activation, String output) {
        Network net = Nets.of("3, m, m, 2, m, 1", activation, output, "ntk", 7);
        double[] w = Initialization.weights(net, 5);
        double[] x = Initialization.inputs(net, 5, 1)[0];
        int order = 6;
        TaylorMode taylor = new TaylorMode(net, order);
        for (int d = 0; d < SUPPORTS.size(); d++) {
            RowSource u = Initialization.directionRows(net, 5, d, SUPPORTS.get(d));
            double[] dense = Rows.expand(u, net.layout());
            double[] rows = taylor.coefficients(w, u, x);
            double[] expected = new TaylorMode(net, order).coefficients(w, dense, x);
            double scale = 0;
            for (double c : expected) {
                scale = Math.max(scale, Math.abs(c));
            }
            for (int k = 0; k <= order; k++) {
                assertEquals(expected[k], rows[k], 1e-12 * scale, activation + " support " + SUPPORTS.get(d) + " c_" + k);
            }
            if (activation.equals("linear")) {
                // the series of a linear network along a direction on S stops at |S|
                for (int k = SUPPORTS.get(d).size() + 1; k <= order; k++) {
                    assertEquals(0.0, rows[k], 0.0, "support " + SUPPORTS.get(d) + " c_" + k);
                }
                assertTrue(rows[SUPPORTS.get(d).size()] != 0, "the top order is reached");
                double[] full = everyOrder(net, w, u, x, order);
                for (int k = 0; k <= order; k++) {
                    assertTrue(full[k] == rows[k], "support " + SUPPORTS.get(d) + " c_" + k + ": " + rows[k]
                            + " against every order summed " + full[k]);
                }
            }
        }
    }

    /** The former loop of a linear network: every order of every layer summed, zeros included. */
    private static double[] everyOrder(Network net, double[] w, RowSource u, double[] x, int order) {
        ParameterLayout layout = net.layout();
        double[] in = new double[(order + 1) * x.length];
        System.arraycopy(x, 0, in, 0, x.length);
        RowSource.Cursor cursor = u.open();
        for (int l = 1; l <= net.depth(); l++) {
            int cols = layout.columns(l);
            int n = layout.rows(l);
            double[] uRow = u.covers(l) ? new double[cols] : null;
            double[] z = new double[(order + 1) * n];
            for (int i = 0; i < n; i++) {
                int rowOff = layout.offset(l) + i * cols;
                if (uRow != null) {
                    cursor.row(l, i, uRow);
                }
                double carried = 0;
                for (int k = 0; k <= order; k++) {
                    double own = Vectors.dot(w, rowOff, in, k * cols, cols);
                    z[k * n + i] = net.multiplier(l) * (own + carried);
                    carried = uRow != null && k < order ? Vectors.dot(uRow, 0, in, k * cols, cols) : 0;
                }
            }
            in = z;
        }
        double[] c = new double[order + 1];
        for (int k = 0; k <= order; k++) {
            c[k] = in[k * net.width(net.depth())];
        }
        return c;
    }
}
