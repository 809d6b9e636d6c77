package io.multilin.check.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.check.sides.Prediction;
import io.multilin.check.sides.SmallExpansion;
import io.multilin.check.sides.SymbolicSide;
import io.multilin.check.sides.real.SymbolicAdapter;
import io.multilin.reports.model.Block;
import io.multilin.reports.model.Formula;
import io.multilin.reports.model.Paragraph;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report's small-instance expansion comes through the symbolic port, and says why when it is missing. */
class SmallInstanceExpansionTest {

    private static Architecture linear(String... widths) {
        return new Architecture(Stream.of(widths).map(Width::parse).toList(), Activation.LINEAR,
                new Parameterization.Ntk());
    }

    /** A side that expands every network, each call counted, or fails when {@code fails}. */
    private static final class Expanding implements SymbolicSide {
        final boolean fails;
        int calls;

        Expanding(boolean fails) {
            this.fails = fails;
        }

        @Override
        public Prediction predict(Architecture architecture, Quantity quantity) {
            return new Prediction.NoRule("not asked");
        }

        @Override
        public boolean expands(Architecture architecture) {
            return true;
        }

        @Override
        public SmallExpansion smallInstance(Architecture architecture, int shownTerms) {
            calls++;
            if (fails) {
                throw new IllegalStateException("out of terms");
            }
            return new SmallExpansion(List.of(1, 2, 1), List.of(new SmallExpansion.Group(List.of(1), 2, "a + b"),
                    new SmallExpansion.Group(List.of(1, 2), 4, "c")));
        }
    }

    @Test
    void theRealSideExpandsALinearNetworkIntoItsGroupsOfPerturbedLayers() {
        // [1, 2, 1] at widths 2: f(W + D) = (W2 + D2)(W1 + D1) x; the groups are the subsets of
        // perturbed layers, {} (f itself), {1}, {2} and {1, 2}, each a sum over the 2 paths
        List<Block> blocks = new SmallInstanceExpansion(new SymbolicAdapter()).blocks(linear("1", "m", "1"));
        assertEquals(5, blocks.size(), blocks.toString());
        assertTrue(((Paragraph) blocks.get(0)).text().plain().contains("widths [1, 2, 1]"), blocks.toString());
        assertTrue(((Formula) blocks.get(1)).latex().startsWith("S = \\{\\}:\\quad "), blocks.toString());
        assertTrue(((Formula) blocks.get(2)).latex().startsWith("S = \\{1\\}:\\quad "), blocks.toString());
        assertTrue(((Formula) blocks.get(4)).latex().startsWith("S = \\{1, 2\\}:\\quad "), blocks.toString());
        assertTrue(((Formula) blocks.get(4)).latex().contains("D^{(1)}") && ((Formula) blocks.get(4)).latex()
                .contains("D^{(2)}"), blocks.toString());
    }

    @Test
    void aNetworkTheSideDoesNotExpandGetsNothing() {
        SymbolicSide none = (architecture, quantity) -> new Prediction.NoRule("none");
        assertEquals(List.of(), new SmallInstanceExpansion(none).blocks(linear("1", "m", "1")));
        Architecture tanh = new Architecture(Stream.of("1", "m", "1").map(Width::parse).toList(), Activation.parse("tanh"),
                new Parameterization.Ntk());
        assertEquals(List.of(), new SmallInstanceExpansion(new SymbolicAdapter()).blocks(tanh));
    }

    @Test
    void aDeepNetworkIsLeftOutWithoutAskingAndAFailureIsSaid() {
        Expanding side = new Expanding(false);
        List<Block> deep = new SmallInstanceExpansion(side).blocks(linear("1", "m", "m", "m", "m", "m", "m", "m",
                "m", "1"));
        assertEquals(0, side.calls, "2^9 - 1 groups are not computed");
        assertTrue(((Paragraph) deep.get(0)).text().plain().contains("depth 9 has 511 groups"), deep.toString());
        List<Block> failed = new SmallInstanceExpansion(new Expanding(true)).blocks(linear("1", "m", "1"));
        assertTrue(((Paragraph) failed.get(0)).text().plain().endsWith("could not be computed: out of terms"),
                failed.toString());
        List<Block> shown = new SmallInstanceExpansion(new Expanding(false)).blocks(linear("1", "m", "1"));
        assertInstanceOf(Formula.class, shown.get(2));
        assertEquals("S = \\{1, 2\\}:\\quad c", ((Formula) shown.get(2)).latex());
    }
}
