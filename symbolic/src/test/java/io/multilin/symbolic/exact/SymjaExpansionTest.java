package io.multilin.symbolic.exact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Few and small on purpose: Symja's first call pays a long class initialization. */
class SymjaExpansionTest {

    @Test
    void symjaAndTheDedicatedEngineAgreeMonomialByMonomial() {
        ConcreteNetwork linear = new ConcreteNetwork(new int[] {2, 3, 2, 1}, Activation.LINEAR, Activation.LINEAR,
                new double[] {1.5, -2}, new double[] {1, 0.5, 3});
        SparsePolynomial symja = SymjaExpansion.polynomial(linear, true);
        SparsePolynomial engine = NetworkPolynomial.perturbed(linear).output();
        assertEquals(engine.terms().keySet(), symja.terms().keySet());
        assertTrue(engine.distanceTo(symja) < 1e-12);

        ConcreteNetwork quadratic = new ConcreteNetwork(new int[] {2, 2, 1}, new Activation.Polynomial(List.of(1.0, 2.0, 3.0)),
                Activation.LINEAR, new double[] {1, 2}, new double[] {1, 1});
        SparsePolynomial q = SymjaExpansion.polynomial(quadratic, false);
        assertEquals(NetworkPolynomial.of(quadratic).output().terms().keySet(), q.terms().keySet());
        assertTrue(NetworkPolynomial.of(quadratic).output().distanceTo(q) < 1e-12);
    }

    @Test
    void latexGroupsFollowThePerturbedLayers() {
        Architecture a = new Architecture(List.of(Width.parse("2"), Width.parse("m"), Width.parse("1"),
                Width.parse("m"), Width.parse("1")), Activation.LINEAR, new Parameterization.Ntk());
        List<SymjaLatex.Group> groups = SymjaLatex.groups(a);
        // Widths [2,2,1,2,1]: 8 paths; a linear net has one group per subset of its 4 layers.
        assertEquals(16, groups.size());
        assertEquals(Set.of(), groups.get(0).perturbedLayers());
        assertEquals(Set.of(1, 2, 3, 4), groups.get(15).perturbedLayers());
        for (SymjaLatex.Group g : groups) {
            assertEquals(8, g.termCount());
            assertTrue(g.latex().contains("\\cdots"), g.latex());
        }
        String first = groups.get(1).latex();
        assertTrue(groups.get(1).perturbedLayers().equals(Set.of(1)));
        assertTrue(first.contains("D^{(1)}_{") && !first.contains("D^{(2)}") && first.contains("W^{(4)}_{0,"), first);
        assertTrue(first.contains("\\alpha_{1}") && first.contains("x_{"), first);
    }

    @Test
    void thePathRouteGivesSymjasGroupsAndTerms() {
        // [2, 2, 1, 2, 1] with a bottleneck: the groups read off the paths against Symja's whole
        // expansion, group by group: same sets, same counts, and every shown term one of Symja's
        Architecture a = new Architecture(List.of(Width.parse("2"), Width.parse("m"), Width.parse("1"),
                Width.parse("m"), Width.parse("1")), Activation.LINEAR, new Parameterization.Ntk());
        int[] widths = SymjaLatex.smallWidths(a);
        List<SymjaLatex.Group> paths = PathGroups.of(widths, 8);
        List<SymjaLatex.Group> symja = SymjaLatex.expandedGroups(a, widths, 8);
        assertEquals(symja.size(), paths.size());
        for (int g = 0; g < symja.size(); g++) {
            assertEquals(symja.get(g).perturbedLayers(), paths.get(g).perturbedLayers());
            assertEquals(symja.get(g).termCount(), paths.get(g).termCount());
            // all 8 terms shown by both: the same sum, whatever the order of its terms
            assertEquals(terms(symja.get(g).latex()), terms(paths.get(g).latex()), "group " + g);
        }
    }

    private static java.util.Set<String> terms(String latex) {
        return new java.util.TreeSet<>(List.of(latex.split("\\s*\\+\\s*")));
    }
}
