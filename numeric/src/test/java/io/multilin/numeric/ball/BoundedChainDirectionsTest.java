package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.Vectors;
import io.multilin.numeric.linear.ChainSupremum;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedChainDirectionsTest {

    @Test
    void boundedChainsAttainTheExactGroupSupremaOfTheLinearPackage() {
        BallCell cell = BallCell.of(BallNets.of("3,m,m,2,m,1", "linear", "ntk"), 40, 12, 1.5);
        for (List<Integer> group : List.of(List.of(1, 5), List.of(2, 4), List.of(1, 3, 5), List.of(2, 3))) {
            double exact = ChainSupremum.of(cell.network(), cell.w0(), cell.input(), group, 1.5, 3).supremum();
            ChainDirections.Chain chain = new BoundedChainDirections().chain(cell.network(), cell.w0(), cell.input(),
                    group, 1.5, 3);
            assertEquals(exact, chain.supremum(), 1e-6 * exact, group.toString());
            assertEquals(1.5, Vectors.norm(Rows.expand(chain.direction(), cell.network().layout())), 1e-12);
            // The group term along the direction is the supremum: with only |S| layers perturbed
            // and degree |S| in them, f(w0 + D) minus its lower-order Taylor part is that term.
            LineCoefficients.Coefficients c = new LineCoefficients.Exact(cell.network(), group.size())
                    .along(cell.w0(), chain.direction(), cell.input(), 1);
            assertEquals(exact, Math.abs(c.values()[group.size()]), 1e-6 * exact, group.toString());
            assertTrue(chain.supremum() <= exact * (1 + 1e-12), group.toString());
        }
    }
}
