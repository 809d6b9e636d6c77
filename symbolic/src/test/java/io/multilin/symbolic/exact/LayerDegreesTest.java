package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Activation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayerDegreesTest {

    /** Widths 1, 1, 1, 1: variable v is the one entry of layer v + 1. */
    private static final WeightVariables CHAIN = new WeightVariables(new int[] {1, 1, 1, 1}, false);

    @Test
    void aSetOfLayersTakesTheMaximumOfSumsNotTheSumOfMaxima() {
        // 2 v0^2 + 3 v1 v2^2: vectors (2,0,0) and (0,1,2)
        SparsePolynomial p = SparsePolynomial.of(Map.of(Monomial.of(0, 0), 2.0, Monomial.of(1, 2, 2), 3.0));
        LayerDegrees d = LayerDegrees.of(p, CHAIN);
        assertEquals(Set.of(List.of(2, 0, 0), List.of(0, 1, 2)), d.profiles());
        assertEquals(List.of(2, 1, 2), List.of(d.inLayer(1), d.inLayer(2), d.inLayer(3)));
        assertEquals(2, d.inLayers(List.of(1, 2)));
        assertEquals(3, d.inLayers(List.of(2, 3)));
        assertEquals(2, d.inLayers(List.of(1, 3)));
        assertEquals(3, d.inLayers(List.of(1, 2, 3)));
        assertEquals(0, d.inLayers(List.of(7)));
    }

    @Test
    void theZeroPolynomialHasDegreeMinusOne() {
        LayerDegrees d = LayerDegrees.of(SparsePolynomial.ZERO, CHAIN);
        assertEquals(-1, d.inLayer(1));
        assertEquals(-1, d.inLayers(List.of(1, 2)));
    }

    @Test
    void flatTermsAreCountedNotAssumed() {
        // widths 2, 1, 1: layer 1 holds variables 0 and 1, layer 2 variable 2, layer 3 variable 3.
        // The first term is no path (two layer-1 factors): the scan must report it.
        WeightVariables vars = new WeightVariables(new int[] {2, 1, 1, 1}, false);
        SparsePolynomial wrong = SparsePolynomial.owning(new FlatTerms(3, new int[] {0, 1, 3, 0, 2, 3}, new double[] {1, 1}));
        LayerDegrees d = LayerDegrees.of(wrong, vars);
        assertEquals(List.of(2, 1, 1), List.of(d.inLayer(1), d.inLayer(2), d.inLayer(3)));
        assertEquals(Set.of(List.of(2, 0, 1), List.of(1, 1, 1)), d.profiles());
    }

    @Test
    void quadraticActivationByHand() {
        // sigma(z) = z^2, widths 1, 2, 2, 1: a_1 = (W1 x)^2 has two layer-1 factors, z_2 one layer-2
        // factor, so a_2 = z_2^2 has four layer-1 and two layer-2 factors, and f = W3 a_2 adds one.
        ConcreteNetwork square = new ConcreteNetwork(new int[] {1, 2, 2, 1}, new Activation.Polynomial(List.of(0.0, 0.0, 1.0)),
                Activation.LINEAR, new double[] {1.5}, new double[] {1, 0.5, 2});
        NetworkPolynomial p = NetworkPolynomial.of(square);
        assertEquals(Set.of(List.of(4, 2, 1)), p.layerDegrees().profiles());
        assertEquals(List.of(4, 2, 1), p.degreesBySegment(p.concreteSegments()));
        assertEquals(6, p.degreeInLayers(List.of(1, 2)));
        assertEquals(7, p.output().degree());
    }

    @Test
    void perturbedLinearNetworkHasOneFactorPerLayerWOrD() {
        ConcreteNetwork linear = ConcreteNetwork.linear(new int[] {2, 3, 2, 1}, new double[] {1, -1});
        NetworkPolynomial p = NetworkPolynomial.perturbed(linear);
        assertEquals(Set.of(List.of(1, 1, 1)), p.layerDegrees().profiles());
        assertEquals(List.of(1, 1, 1), p.degreesBySegment(p.concreteSegments()));
        assertEquals(3, p.degreeInLayers(List.of(1, 2, 3)));
        assertEquals(3, p.output().degreeIn(p.variables().perturbations()));
    }
}
