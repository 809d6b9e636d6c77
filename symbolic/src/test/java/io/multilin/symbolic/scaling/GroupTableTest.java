package io.multilin.symbolic.scaling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import org.junit.jupiter.api.Test;

class GroupTableTest {

    @Test
    void incrementalTableEqualsTheDirectChainForEveryGroup() {
        for (String[] spec : new String[][] {{"ntk", "8,m,m,2,m^1/2,m,3,m,1"}, {"standard", "4,m,m^1/3,m,1"},
                {"mup", "4,m,2,m,m,1"}, {"mean-field", "3,m,m,m,m,2"}}) {
            Architecture a = Networks.linear(spec[0], spec[1]);
            ChainSupremum chain = new ChainSupremum(LayerExponents.of(a));
            GroupTable table = new GroupTable(chain, a.depth());
            for (int mask = 1; mask < (1 << a.depth()); mask++) {
                assertEquals(chain.exponent(GroupTable.layers(mask)), table.exponent(mask),
                        spec[0] + " " + spec[1] + " group " + GroupTable.layerSet(mask));
                assertEquals(chain.exponent(GroupTable.layers(mask)), chain.term(GroupTable.layers(mask)).exponent());
            }
        }
    }

    @Test
    void largestGroupContainingASetIsASupersetWithTheLargestExponent() {
        Architecture a = Networks.linear("ntk", "8,m,m,2,m,m,1");
        GroupTable table = new GroupTable(new ChainSupremum(LayerExponents.of(a)), a.depth());
        for (int t = 1; t < (1 << 6); t++) {
            int best = table.largestGroupContaining(t);
            assertEquals(t, best & t);
            for (int s = 1; s < (1 << 6); s++) {
                if ((s & t) == t) {
                    assertEquals(true, table.exponent(s).compareTo(table.exponent(best)) <= 0);
                }
            }
        }
    }
}
