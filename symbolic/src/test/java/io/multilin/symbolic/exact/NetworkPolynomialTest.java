package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NetworkPolynomialTest {

    private static final int[] WIDTHS = {2, 3, 3, 1};
    private static final double[] X = {1.5, -2.0};

    /** ntk multipliers n_{l-1}^{-1/2}: 2^{-1/2}, 3^{-1/2}, 3^{-1/2}. */
    private static ConcreteNetwork ntk2331() {
        List<Width> widths = List.of(new Width.Fixed(2), new Width.Fixed(3), new Width.Fixed(3), new Width.Fixed(1));
        return ConcreteNetwork.of(new Architecture(widths, Activation.LINEAR, new Parameterization.Ntk()), 1, X);
    }

    @Test
    void linearNtk2331IsTheSumOverPaths() {
        ConcreteNetwork network = ntk2331();
        NetworkPolynomial p = NetworkPolynomial.of(network);
        WeightVariables v = p.variables();
        double alpha = 1 / Math.sqrt(2) / Math.sqrt(3) / Math.sqrt(3);
        // f = alpha * sum_{i,j,k} W3[0][i] W2[i][j] W1[j][k] x_k, written out path by path.
        Map<Monomial, Double> expected = new HashMap<>();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                for (int k = 0; k < 2; k++) {
                    expected.put(Monomial.of(v.w(3, 0, i), v.w(2, i, j), v.w(1, j, k)), alpha * X[k]);
                }
            }
        }
        assertEquals(18, p.output().size());
        assertTrue(p.output().distanceTo(SparsePolynomial.of(expected)) < 1e-15);
        assertEquals(1, p.network().alphas()[0] * Math.sqrt(2), 1e-15);
    }

    @Test
    void monomialCountIsTheProductOfWidths() {
        assertEquals(2 * 3 * 3 * 1, NetworkPolynomial.of(ntk2331()).output().size());
        ConcreteNetwork wider = ConcreteNetwork.linear(new int[] {3, 4, 2, 5, 2}, new double[] {1, 2, 3});
        assertEquals(3 * 4 * 2 * 5, NetworkPolynomial.of(wider).output().size());
    }

    @Test
    void everyConcreteSegmentOfALinearNetworkHasDegreeOne() {
        NetworkPolynomial p = NetworkPolynomial.of(ntk2331());
        assertEquals(List.of(List.of(1), List.of(2), List.of(3)), p.concreteSegments().segments());
        assertEquals(List.of(1, 1, 1), p.degreesBySegment(p.concreteSegments()));
        assertEquals(3, p.output().degree());
        assertEquals(2, p.degreeInLayers(List.of(1, 3)));
    }

    @Test
    void segmentDegreeIsTheSegmentLengthForALinearNetwork() {
        Architecture a = new Architecture(List.of(Width.parse("8"), Width.parse("m"), Width.parse("m"),
                Width.parse("2"), Width.parse("m"), Width.parse("1")), Activation.LINEAR, new Parameterization.Ntk());
        NetworkPolynomial p = NetworkPolynomial.of(ConcreteNetwork.of(a, 2, new double[] {1, 2, 3, 4, 5, 6, 7, 8}));
        assertEquals(List.of(3, 2), p.degreesBySegment(a.segments()));
    }

    @Test
    void quadraticActivationDoublesTheDegreeOfEarlierLayers() {
        ConcreteNetwork square = new ConcreteNetwork(new int[] {1, 2, 1}, new Activation.Polynomial(List.of(0.0, 0.0, 1.0)),
                Activation.LINEAR, new double[] {3}, new double[] {1, 1});
        NetworkPolynomial p = NetworkPolynomial.of(square);
        // f = W2[0][0] (3 W1[0][0])^2 + W2[0][1] (3 W1[1][0])^2
        WeightVariables v = p.variables();
        Map<Monomial, Double> expected = Map.of(
                Monomial.of(v.w(2, 0, 0), v.w(1, 0, 0), v.w(1, 0, 0)), 9.0,
                Monomial.of(v.w(2, 0, 1), v.w(1, 1, 0), v.w(1, 1, 0)), 9.0);
        assertEquals(SparsePolynomial.of(expected), p.output());
        assertEquals(2, p.degreeInLayer(1));
        assertEquals(1, p.degreeInLayer(2));
    }

    @Test
    void evaluationMatchesADirectForwardPass() {
        ConcreteNetwork network = ConcreteNetwork.linear(new int[] {2, 3, 2, 1}, new double[] {0.5, -1});
        double[] w = new double[6 + 6 + 2];
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.sin(i + 1.0);
        }
        double[] h1 = new double[3];
        for (int i = 0; i < 3; i++) {
            h1[i] = w[2 * i] * 0.5 + w[2 * i + 1] * -1;
        }
        double[] h2 = new double[2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                h2[i] += w[6 + 3 * i + j] * h1[j];
            }
        }
        double f = w[12] * h2[0] + w[13] * h2[1];
        assertEquals(f, NetworkPolynomial.of(network).evaluate(w, null), 1e-12);
    }
}
