package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PerturbationExpansionTest {

    private static final ConcreteNetwork LINEAR = new ConcreteNetwork(new int[] {2, 3, 3, 1}, Activation.LINEAR,
            Activation.LINEAR, new double[] {1.5, -2}, new double[] {0.7, 0.5, 0.5});

    @Test
    void groupsSumBackToTheFullExpansion() {
        PerturbationExpansion e = PerturbationExpansion.of(LINEAR);
        assertEquals(e.full().output(), e.sumOfGroups());
        // A linear network: every subset of the 3 layers is a group, each with one term per path.
        assertEquals(8, e.groups().size());
        for (var g : e.groups().entrySet()) {
            assertEquals(18, g.getValue().size(), "group " + g.getKey());
            assertEquals(g.getKey().size(), g.getValue().degreeIn(e.full().variables().perturbations()));
        }
        assertEquals(8 * 18, e.full().output().size());
    }

    @Test
    void emptyGroupIsTheUnperturbedNetwork() {
        PerturbationExpansion e = PerturbationExpansion.of(LINEAR);
        assertEquals(0, e.group(Set.of()).distanceTo(NetworkPolynomial.of(LINEAR).output()), 0.0);
    }

    @Test
    void lineCoefficientsAgreeWithGroupSums() {
        PerturbationExpansion e = PerturbationExpansion.of(LINEAR);
        int p = e.full().variables().parameterCount();
        double[] w0 = new double[p];
        double[] delta = new double[p];
        for (int i = 0; i < p; i++) {
            w0[i] = Math.cos(3 * i + 1);
            delta[i] = Math.sin(2 * i + 0.5);
        }
        double[] fromLine = PerturbationExpansion.alongLine(LINEAR, w0, delta);
        double[] fromGroups = e.lineCoefficients(w0, delta);
        assertEquals(4, fromLine.length);
        assertArrayEquals(fromGroups, fromLine, 1e-12);
        // Coefficient of t^k is the sum of the groups with |S| = k at (W0, Delta).
        double[] values = e.full().variables().point(w0, delta);
        for (int k = 0; k <= 3; k++) {
            double sum = 0;
            for (var g : e.groups().entrySet()) {
                if (g.getKey().size() == k) {
                    sum += g.getValue().evaluate(values);
                }
            }
            assertEquals(sum, fromLine[k], 1e-12);
        }
        double t = 0.37;
        double direct = NetworkPolynomial.of(LINEAR).evaluate(axpy(w0, t, delta), null);
        assertEquals(direct, fromLine[0] + t * fromLine[1] + t * t * fromLine[2] + t * t * t * fromLine[3], 1e-12);
    }

    @Test
    void polynomialActivationPutsHigherPowersOfTInSmallGroups() {
        ConcreteNetwork cubic = new ConcreteNetwork(new int[] {2, 2, 1}, new Activation.Polynomial(List.of(0.1, 1.0, 0.0, 0.5)),
                Activation.LINEAR, new double[] {1, -1}, new double[] {1, 0.5});
        PerturbationExpansion e = PerturbationExpansion.of(cubic);
        assertEquals(e.full().output(), e.sumOfGroups());
        // Group {1}: D_1 enters through sigma, up to the cube.
        assertEquals(3, e.group(Set.of(1)).degreeIn(e.full().variables().perturbations()));
        double[] w0 = {0.3, -0.2, 0.9, 0.4, 1.1, -0.7};
        double[] delta = {0.5, 0.1, -0.3, 0.8, -0.6, 0.2};
        assertArrayEquals(e.lineCoefficients(w0, delta), PerturbationExpansion.alongLine(cubic, w0, delta), 1e-12);
        assertEquals(5, e.lineCoefficients(w0, delta).length);
    }

    @Test
    void engineHandlesHundredsOfThousandsOfMonomials() {
        // [4,6,6,6,1] perturbed: 4*6*6*6 paths times 2^4 subsets = 13,824 monomials per layer set.
        ConcreteNetwork n = ConcreteNetwork.linear(new int[] {4, 6, 6, 6, 6, 1}, new double[] {1, 2, 3, 4});
        PerturbationExpansion e = PerturbationExpansion.of(n);
        assertEquals(4 * 6 * 6 * 6 * 6 * 32, e.full().output().size());
        assertTrue(e.groups().values().stream().allMatch(g -> g.size() == 4 * 6 * 6 * 6 * 6));
    }

    private static double[] axpy(double[] x, double t, double[] y) {
        double[] r = x.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] += t * y[i];
        }
        return r;
    }
}
