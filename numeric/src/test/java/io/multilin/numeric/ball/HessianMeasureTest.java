package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.engine.HessianNorms;
import io.multilin.numeric.engine.LanczosNorm;
import io.multilin.numeric.fit.PointValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class HessianMeasureTest {

    @Test
    void diagonalSingleLayerBlockOfALinearNetworkIsAtTheFloor() throws Exception {
        for (int layer = 1; layer <= 3; layer++) {
            ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,m,1", "linear", "ntk"), 64, 8);
            PointValue value = new HessianMeasure(catalog, List.of(layer), List.of(layer)).measure();
            assertTrue(value.noiseFloor() > 0, value.toString());
            assertTrue(value.atOrBelowFloor(), "layer " + layer + ": " + value);
        }
    }

    @Test
    void offDiagonalBlockAndFullHessianAreWellAboveTheFloorAndAtLeastTheirValueAtInit() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,m,1", "tanh", "ntk"), 64, 8);
        PointValue block = new HessianMeasure(catalog, List.of(1), List.of(2)).measure();
        double atInit = HessianNorms.block(catalog.cell().derivativesAtInit(), List.of(1), List.of(2),
                new LanczosNorm.Options(1, 200, 1e-12, false)).singularValue();
        assertTrue(block.value() >= atInit * (1 - 1e-3), block + " vs " + atInit);
        assertTrue(block.value() > 1e6 * block.noiseFloor(), block.toString());
        PointValue full = new HessianMeasure(catalog, null, null).measure();
        assertTrue(full.value() >= block.value() * (1 - 1e-3), full + " vs block " + block);
    }

    @Test
    void depthTwoLinearHessianNormIsTheNormOfTheSingleCrossBlockEverywhere() throws Exception {
        // f = alpha_2 alpha_1 W2 W1 x: H has only the (1,2) block, which does not depend on w
        // when n_2 = 1: its norm is alpha_1 alpha_2 ||x|| at every point of the ball.
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,1", "linear", "ntk"), 32, 1);
        PointValue value = new HessianMeasure(catalog, null, null).measure();
        double[] x = catalog.cell().input();
        double expected = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]) / Math.sqrt(3 * 32);
        assertEquals(expected, value.value(), 1e-9 * expected);
    }
}
