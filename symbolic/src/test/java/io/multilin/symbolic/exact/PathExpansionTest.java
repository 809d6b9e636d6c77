package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.multilin.architecture.Activation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sum over paths against hand-written expansions and against forward propagation. */
class PathExpansionTest {

    private static SparsePolynomial paths(ConcreteNetwork network, boolean perturbed) {
        return PathExpansion.output(network, new WeightVariables(network.widths(), perturbed));
    }

    private static SparsePolynomial propagated(ConcreteNetwork network, boolean perturbed) {
        return ForwardPropagation.output(network, new WeightVariables(network.widths(), perturbed));
    }

    private static ConcreteNetwork linear(int[] widths, double[] x, double... alphas) {
        return new ConcreteNetwork(widths, Activation.LINEAR, Activation.LINEAR, x, alphas);
    }

    @Test
    void aZeroInputDropsItsPaths() {
        // f = 0.5 * 2 * (W2[0][0] W1[0][0] + W2[0][1] W1[1][0]) * 3, the x_2 = 0 paths vanish
        ConcreteNetwork network = linear(new int[] {2, 2, 1}, new double[] {3, 0}, 0.5, 2);
        WeightVariables v = new WeightVariables(network.widths(), false);
        Map<Monomial, Double> expected = Map.of(
                Monomial.of(v.w(1, 0, 0), v.w(2, 0, 0)), 3.0,
                Monomial.of(v.w(1, 1, 0), v.w(2, 0, 1)), 3.0);
        assertEquals(expected, paths(network, false).terms());
        assertEquals(expected, propagated(network, false).terms());
    }

    @Test
    void depthOnePerturbedByHand() {
        // f(W + D) = 0.5 * (1.5 (w0 + d0) - 2 (w1 + d1)); the D variables are numbered 2 and 3
        ConcreteNetwork network = linear(new int[] {2, 1}, new double[] {1.5, -2}, 0.5);
        Map<Monomial, Double> expected = Map.of(Monomial.of(0), 0.75, Monomial.of(2), 0.75,
                Monomial.of(1), -1.0, Monomial.of(3), -1.0);
        assertEquals(expected, paths(network, true).terms());
    }

    @Test
    void depthTwoPerturbedByHand() {
        // f(W + D) = 2 * 3 * 0.5 * (w2 + d2)(w1 + d1) with w1 = 0, w2 = 1, d1 = 2, d2 = 3
        ConcreteNetwork network = linear(new int[] {1, 1, 1}, new double[] {2}, 3, 0.5);
        Map<Monomial, Double> expected = Map.of(Monomial.of(0, 1), 3.0, Monomial.of(1, 2), 3.0,
                Monomial.of(0, 3), 3.0, Monomial.of(2, 3), 3.0);
        assertEquals(expected, paths(network, true).terms());
    }

    @Test
    void coefficientsFollowTheOrderOfThePropagation() {
        // (1e-200 * 1e-200) underflows to 0 before 1e200 can rescue it, as in the propagation;
        // the second input survives with ((3 * 1e-200) * 1e200) = 3.0000000000000004
        ConcreteNetwork network = linear(new int[] {2, 1, 1}, new double[] {1e-200, 3}, 1e-200, 1e200);
        SparsePolynomial p = paths(network, false);
        assertEquals(1, p.size());
        assertEquals(3 * 1e-200 * 1e200, p.coefficient(Monomial.of(1, 2)), 0.0);
        assertEquals(propagated(network, false), p);
    }

    @Test
    void allInputsZeroIsTheZeroPolynomial() {
        ConcreteNetwork network = linear(new int[] {2, 3, 1}, new double[] {0, -0.0}, 1, 1);
        assertEquals(SparsePolynomial.ZERO, paths(network, false));
        assertEquals(-1, NetworkPolynomial.of(network).degreeInLayer(1));
    }

    @Test
    void networkPolynomialUsesThePathsExactly() {
        ConcreteNetwork network = linear(new int[] {3, 4, 2, 3, 1}, new double[] {0.3, 0, -1.7}, 0.1, 0.7, 3, 1 / 3.0);
        assertEquals(propagated(network, false).terms(), NetworkPolynomial.of(network).output().terms());
        assertEquals(propagated(network, true).terms(), NetworkPolynomial.perturbed(network).output().terms());
        assertEquals(2 * 4 * 2 * 3, NetworkPolynomial.of(network).output().size());
    }

    @Test
    void refusesANonlinearActivation() {
        ConcreteNetwork square = new ConcreteNetwork(new int[] {1, 2, 1}, new Activation.Polynomial(List.of(0.0, 0.0, 1.0)),
                Activation.LINEAR, new double[] {3}, new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> paths(square, false));
    }
}
