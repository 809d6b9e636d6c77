package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.fit.PointValue;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Every listed probe is evaluated, in the stated order, or named as dropped (docs/MEANING.md section 4). */
class ProbeSearchTest {

    private static final Architecture DEPTH_4 = BallNets.of("3,m,m,m,1", "linear", "ntk");

    @Test
    void hessianMeasuresEvaluateEveryChainWithBothSignsBeforeTheRandomDirection() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(DEPTH_4, 6, 3);
        PointValue full = new HessianMeasure(catalog, null, null).measure();
        assertChainsThenRandoms(full, ChainGroups.ofSize(4, 2), true);
        assertEquals("init", full.evaluated().get(0));
        PointValue block = new HessianMeasure(catalog, List.of(1, 2), List.of(3, 4)).measure();
        assertChainsThenRandoms(block, List.of(List.of(1, 3), List.of(1, 4), List.of(2, 3), List.of(2, 4)), true);
        // A diagonal block of several layers is probed by the pairs inside it.
        PointValue diagonal = new HessianMeasure(catalog, List.of(2, 3, 4), List.of(2, 3, 4)).measure();
        assertChainsThenRandoms(diagonal, List.of(List.of(2, 3), List.of(2, 4), List.of(3, 4)), true);
        // init, then both signs of the gradient, the chains, the top vector and one random direction
        assertEquals(1 + 2 * (1 + 6 + 1 + 1), full.evaluated().size(), full.toString());
        assertEquals(1 + 2 * (1 + 4 + 1 + 1), block.evaluated().size(), block.toString());
        assertEquals(1 + 2 * (1 + 3 + 1 + 1), diagonal.evaluated().size(), diagonal.toString());
        for (PointValue value : List.of(full, block, diagonal)) {
            assertTrue(value.converged() && value.dropped().isEmpty(), value.toString());
        }
    }

    @Test
    void taylorAndKernelMeasuresEvaluateEveryChainBeforeTheRandomDirections() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(DEPTH_4, 6, 3);
        PointValue taylor = new TaylorResidualMeasure(catalog, 2).measure();
        List<String> names = taylor.evaluated().stream().map(n -> n.replace("/taylor", "")).toList();
        assertChainsThenRandoms(names, ChainGroups.ofSize(4, 3), false);
        PointValue kernel = new KernelChangeMeasure(catalog, 2).measure();
        assertChainsThenRandoms(kernel, ChainGroups.ofSize(4, 2), true);
    }

    @Test
    void aDepthNineLinearNetworkEvaluatesEveryChainGroupOfEveryMeasure() throws Exception {
        // The former budgets kept 7 Hessian points (no chain at all) and 40 chain groups.
        Architecture deep = BallNets.of("2,m,m,m,m,m,m,m,m,1", "linear", "ntk");
        ProbeCatalog catalog = BallNets.catalog(deep, 3, 5);
        PointValue full = new HessianMeasure(catalog, null, null).measure();
        assertChainsThenRandoms(full, ChainGroups.ofSize(9, 2), true);
        List<Integer> rows = List.of(1, 2, 3, 4);
        List<Integer> columns = List.of(5, 6, 7, 8, 9);
        PointValue block = new HessianMeasure(catalog, rows, columns).measure();
        assertChainsThenRandoms(block, ChainGroups.across(List.of(rows, columns)), true);
        assertEquals(20, ChainGroups.across(List.of(rows, columns)).size());
        PointValue taylor = new TaylorResidualMeasure(catalog, 3).measure();
        List<List<Integer>> quadruples = ChainGroups.ofSize(9, 4);
        assertEquals(126, quadruples.size());
        assertChainsThenRandoms(taylor.evaluated().stream().map(n -> n.replace("/taylor", "")).toList(), quadruples,
                false);
        List<List<Integer>> segments = List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9));
        PointValue mixed = new MixedDerivativeMeasure(catalog, segments).measure();
        for (List<Integer> group : ChainGroups.across(segments)) {
            assertTrue(mixed.evaluated().contains("init:" + ProbeCatalog.chainName(group) + "/taylor"),
                    group + " missing from " + mixed.evaluated());
        }
        for (PointValue value : List.of(full, block, taylor, mixed)) {
            assertTrue(value.dropped().isEmpty() && value.converged(), value.toString());
            assertTrue(value.evaluated().contains(value.probe()), value.toString());
        }
    }

    @Test
    void chainGroupsBeyondTheBudgetAreNamedAsDroppedAndTheOthersEvaluated() throws Exception {
        // depth 10, groups of 5 layers: C(10, 5) = 252 > 128.
        Architecture deep = BallNets.of("1,m,m,m,m,m,m,m,m,m,1", "linear", "ntk");
        ProbeCatalog catalog = BallNets.catalog(deep, 2, 5);
        List<List<Integer>> groups = ChainGroups.ofSize(10, 5);
        PointValue value = new TaylorResidualMeasure(catalog, 4).measure();
        assertEquals(groups.size() - ProbeCatalog.MAX_CHAIN_GROUPS, value.dropped().size());
        for (int i = 0; i < groups.size(); i++) {
            String name = ProbeCatalog.chainName(groups.get(i));
            boolean evaluated = value.evaluated().contains(name + "/taylor");
            boolean dropped = value.dropped().stream().anyMatch(d -> d.startsWith(name + ": beyond the budget"));
            assertTrue(evaluated != dropped, name + ": evaluated " + evaluated + ", dropped " + dropped);
            assertEquals(i < ProbeCatalog.MAX_CHAIN_GROUPS, evaluated, name);
        }
    }

    @Test
    void theLibrarysNetworksDropNothingAndConvergeForEveryQuantityTheyAreCheckedOn() throws Exception {
        // The widest probe lists of claims/: depth 8 with one bottleneck (Taylor orders 0..3, the
        // segment blocks), depth 6 with two (orders up to 4, three segments), the depth-6 blocks,
        // the all-wide Hessian and a nonlinear network.
        List<Case> cases = new ArrayList<>();
        Architecture depth8 = BallNets.of("8,m,m,m,2,m,m,m,1", "linear", "ntk");
        for (int order = 0; order <= 3; order++) {
            cases.add(new Case(depth8, new Quantity.TaylorResidual(order)));
        }
        List<Integer> first = List.of(1, 2, 3, 4);
        List<Integer> second = List.of(5, 6, 7, 8);
        cases.add(new Case(depth8, new Quantity.HessianBlock(first, first)));
        cases.add(new Case(depth8, new Quantity.HessianBlock(second, second)));
        cases.add(new Case(depth8, new Quantity.MixedDerivative(List.of(first, second))));
        Architecture two = BallNets.of("8,m,2,m,3,m,1", "linear", "ntk");
        cases.add(new Case(two, new Quantity.TaylorResidual(4)));
        cases.add(new Case(two, new Quantity.MixedDerivative(List.of(List.of(1, 2), List.of(3, 4), List.of(5, 6)))));
        Architecture depth6 = BallNets.of("8,m,m,2,m,m,1", "linear", "ntk");
        cases.add(new Case(depth6, new Quantity.HessianBlock(List.of(1, 2, 3), List.of(4, 5, 6))));
        cases.add(new Case(BallNets.of("8,m,m,m,1", "linear", "ntk"), new Quantity.HessianNorm()));
        cases.add(new Case(BallNets.of("8,m,m,m,1", "linear", "ntk"), new Quantity.TangentKernelChange(3)));
        cases.add(new Case(BallNets.of("4,m,m,m,1", "tanh", "ntk"), new Quantity.HessianNorm()));
        for (Case c : cases) {
            PointValue value = QuantityMeasurer.forQuantity(c.architecture(), c.quantity(), 1.0).measure(4, 7);
            String label = c.architecture().widthsSpelling() + " " + c.quantity().label();
            assertTrue(value.dropped().isEmpty(), label + " dropped " + value.dropped());
            assertTrue(value.converged(), label + ": " + value);
            assertTrue(value.evaluated().contains(value.probe()), label + ": " + value);
        }
    }

    private record Case(Architecture architecture, Quantity quantity) {
    }

    private static void assertChainsThenRandoms(PointValue value, List<List<Integer>> groups, boolean signed) {
        assertChainsThenRandoms(value.evaluated(), groups, signed);
    }

    /** Every group's chain is in the list (with both signs if signed), each before any random. */
    private static void assertChainsThenRandoms(List<String> evaluated, List<List<Integer>> groups, boolean signed) {
        int firstRandom = IntStream.range(0, evaluated.size()).filter(i -> evaluated.get(i).contains("random"))
                .findFirst().orElseThrow(() -> new AssertionError("no random direction in " + evaluated));
        for (List<Integer> group : groups) {
            String chain = ProbeCatalog.chainName(group);
            for (String name : signed ? List.of("+" + chain, "-" + chain) : List.of(chain)) {
                int index = evaluated.indexOf(name);
                assertTrue(index >= 0, name + " not evaluated: " + evaluated);
                assertTrue(index < firstRandom, name + " after the random direction: " + evaluated);
            }
        }
    }
}
