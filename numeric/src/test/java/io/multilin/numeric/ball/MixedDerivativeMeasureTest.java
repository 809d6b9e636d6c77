package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.Vectors;
import io.multilin.numeric.fit.PointValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class MixedDerivativeMeasureTest {

    @Test
    void tripleProductHasThirdMixedDerivativeX() throws Exception {
        // Widths [1,1,1,1], linear, ntk: alpha_l = 1 and f = a3 a2 a1 x. Unit directions on
        // single weights are +-1, and d^3 f / da1 da2 da3 = x everywhere: the supremum is |x|.
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("1,1,1,1", "linear", "ntk"), 16, 5);
        double x = catalog.cell().input()[0];
        PointValue value = new MixedDerivativeMeasure(catalog, List.of(List.of(1), List.of(2), List.of(3))).measure();
        assertEquals(Math.abs(x), value.value(), 1e-14 * Math.abs(x));
        // And the polarization factor by hand: directions (1, 1, 1) give exactly x, (1, -1, 1) -x.
        MixedDerivativeMeasure measure = new MixedDerivativeMeasure(catalog,
                List.of(List.of(1), List.of(2), List.of(3)));
        double[][] plus = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[][] minus = {{1, 0, 0}, {0, -1, 0}, {0, 0, 1}};
        double[] w = {0.3, -1.7, 2.5};
        ParameterLayout layout = catalog.cell().network().layout();
        assertEquals(Math.abs(x), measure.mixedAt(w, rows(plus, layout)), 1e-15);
        assertEquals(Math.abs(x), measure.mixedAt(w, rows(minus, layout)), 1e-15);
        double[][] scaled = {{2, 0, 0}, {0, 3, 0}, {0, 0, 0.5}};
        assertEquals(3 * Math.abs(x), measure.mixedAt(w, rows(scaled, layout)), 1e-14);
    }

    private static RowSource[] rows(double[][] dense, ParameterLayout layout) {
        RowSource[] rows = new RowSource[dense.length];
        for (int i = 0; i < dense.length; i++) {
            rows[i] = Rows.dense(dense[i], layout);
        }
        return rows;
    }

    @Test
    void secondMixedDerivativeByPolarizationEqualsTheHessianVectorProduct() {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,m,1", "tanh", "ntk"), 24, 6);
        BallCell cell = catalog.cell();
        MixedDerivativeMeasure measure = new MixedDerivativeMeasure(catalog, List.of(List.of(1), List.of(3)));
        double[] d1 = Initialization.unitDirection(cell.network(), 3, 1, List.of(1));
        double[] d3 = Initialization.unitDirection(cell.network(), 3, 2, List.of(3));
        double[] hv = new double[cell.total()];
        cell.derivativesAtInit().hessianTimes(d3, hv);
        double expected = Math.abs(Vectors.dot(d1, hv));
        assertEquals(expected, measure.mixedAt(cell.w0(), rows(new double[][] {d1, d3}, cell.network().layout())),
                1e-10 * expected);
    }

    @Test
    void oneBlockIsTheGradientNormOnTheBlockAtLeast() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,m,1", "tanh", "ntk"), 24, 6);
        BallCell cell = catalog.cell();
        double[] gradient = new double[cell.total()];
        cell.derivativesAtInit().gradient(gradient);
        double atInit = cell.network().layout().layerNorm(gradient, 2);
        PointValue value = new MixedDerivativeMeasure(catalog, List.of(List.of(2))).measure();
        assertTrue(value.value() >= atInit, value + " vs " + atInit);
    }

    @Test
    void linearMixedDerivativeAcrossSegmentsUsesChainsAndIsOrderOne() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,2,m,1", "linear", "ntk"), 128, 6);
        PointValue value = new MixedDerivativeMeasure(catalog, List.of(List.of(1, 2), List.of(3, 4))).measure();
        assertTrue(value.value() > 0.1, value.toString());
        assertTrue(value.probe().contains("chain") || value.probe().contains("block-top"), value.probe());
    }

    @Test
    void overlappingBlocksAreRejected() {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,m,1", "tanh", "ntk"), 8, 6);
        assertThrows(IllegalArgumentException.class,
                () -> new MixedDerivativeMeasure(catalog, List.of(List.of(1, 2), List.of(2))));
    }
}
