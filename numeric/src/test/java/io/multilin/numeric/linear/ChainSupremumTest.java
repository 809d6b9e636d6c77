package io.multilin.numeric.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.TaylorMode;
import io.multilin.numeric.engine.Vectors;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChainSupremumTest {

    private static Network network(String widths, String activation, String parameterization, long m) {
        return Network.of(new Architecture(Arrays.stream(widths.split(",")).map(String::trim).map(Width::parse).toList(),
                Activation.parse(activation), Parameterization.parse(parameterization)), m);
    }

    private static List<Integer> layers(String text) {
        return Arrays.stream(text.split(" ")).map(Integer::parseInt).toList();
    }

    /** Group-S term along D (supported on S) by Moebius inversion over subsets of S: forward passes only. */
    private static double groupTermByInclusionExclusion(Network net, double[] w0, double[] x, double[] d, List<Integer> s) {
        ForwardPass forward = new ForwardPass(net);
        ParameterLayout layout = net.layout();
        double sum = 0;
        for (int mask = 0; mask < (1 << s.size()); mask++) {
            double[] restricted = new double[d.length];
            for (int i = 0; i < s.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    int l = s.get(i);
                    System.arraycopy(d, layout.offset(l), restricted, layout.offset(l), layout.size(l));
                }
            }
            int sign = ((s.size() - Integer.bitCount(mask)) % 2 == 0) ? 1 : -1;
            sum += sign * forward.evaluateAlong(w0, restricted, 1.0, x);
        }
        return sum;
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "5", "2 4", "1 2", "1 3 5", "2 3 4", "1 2 3 4 5", "1 5"})
    void directionAttainsTheProductOfNorms(String set) {
        Network net = network("3, m, m, 4, m, 2", "linear", "ntk", 8);
        double[] w0 = Initialization.weights(net, 17);
        double[] x = Initialization.inputs(net, 17, 1)[0];
        List<Integer> s = layers(set);
        double radius = 1.5;
        ChainSupremum.Probe probe = ChainSupremum.of(net, w0, x, s, radius, 9);
        assertEquals(radius, Vectors.norm(probe.direction()), 1e-12);
        for (int l : s) {
            assertEquals(radius / Math.sqrt(s.size()), net.layout().layerNorm(probe.direction(), l), 1e-12);
        }
        double taylor = new TaylorMode(net, s.size()).coefficients(w0, probe.direction(), x)[s.size()];
        assertTrue(Math.abs(taylor - probe.supremum()) < 1e-8 * probe.supremum(),
                "Taylor c_|S| " + taylor + " vs product of norms " + probe.supremum());
        double moebius = groupTermByInclusionExclusion(net, w0, x, probe.direction(), s);
        assertTrue(Math.abs(moebius - probe.supremum()) < 1e-8 * probe.supremum(),
                "inclusion-exclusion " + moebius + " vs " + probe.supremum());
        // No random direction with the same per-layer radii does better.
        TaylorMode taylorMode = new TaylorMode(net, s.size());
        for (int trial = 0; trial < 40; trial++) {
            double[] d = new double[w0.length];
            for (int l : s) {
                double[] u = Initialization.unitDirection(net, 100 + trial, l, List.of(l));
                Vectors.axpy(probe.radiusPerLayer(), u, d);
            }
            double value = Math.abs(taylorMode.coefficients(w0, d, x)[s.size()]);
            assertTrue(value <= probe.supremum() * (1 + 1e-12), "random direction " + value + " > " + probe.supremum());
        }
    }

    @Test
    void operatorNormsMatchDenseProducts() {
        Network net = network("3, m, m, m, m, 1", "linear", "mean-field", 7);
        double[] w0 = Initialization.weights(net, 23);
        double[] x = Initialization.inputs(net, 23, 1)[0];
        ChainSupremum.Probe probe = ChainSupremum.of(net, w0, x, List.of(1, 4), 1.0, 2);
        // A_1 = M_3 M_2, M_l = alpha_l W_l.
        RealMatrix product = scaled(net, w0, 3).multiply(scaled(net, w0, 2));
        double dense = new SingularValueDecomposition(product).getNorm();
        assertEquals(dense, probe.operatorNorms()[0], 1e-10 * dense);
        // ||A_0 x|| = ||M_0 ... || with nothing before layer 1 is ||x||; ||A_k^T e_1|| = ||M_5^T e_1||.
        assertEquals(Vectors.norm(x), probe.inputNorm(), 1e-14);
        RealMatrix m5 = scaled(net, w0, 5);
        assertEquals(m5.getRowVector(0).getNorm(), probe.outputNorm(), 1e-14);
        double expected = net.multiplier(1) * net.multiplier(4) * 0.5 * dense * Vectors.norm(x) * m5.getRowVector(0).getNorm();
        assertEquals(expected, probe.supremum(), 1e-9 * expected);
    }

    @Test
    void nonlinearNetworksAreRefused() {
        Network net = network("3, m, 1", "tanh", "ntk", 4);
        assertThrows(IllegalArgumentException.class,
                () -> ChainSupremum.of(net, Initialization.weights(net, 1), new double[3], List.of(1), 1, 1));
    }

    private static RealMatrix scaled(Network net, double[] w, int l) {
        ParameterLayout layout = net.layout();
        double[][] m = new double[layout.rows(l)][layout.columns(l)];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                m[i][j] = net.multiplier(l) * w[layout.offset(l) + i * layout.columns(l) + j];
            }
        }
        return new Array2DRowRealMatrix(m);
    }
}
