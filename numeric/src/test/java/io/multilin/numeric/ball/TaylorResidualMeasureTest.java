package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.RowSource;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.linear.ChainSupremum;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaylorResidualMeasureTest {

    @Test
    void linearResidualReachesTheExactSupremumOfEveryPairGroup() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,m,1", "linear", "ntk");
        ProbeCatalog catalog = BallNets.catalog(architecture, 48, 11);
        BallCell cell = catalog.cell();
        PointValue value = new TaylorResidualMeasure(catalog, 1).measure();
        double largestPair = 0;
        for (List<Integer> pair : List.of(List.of(1, 2), List.of(1, 3), List.of(1, 4), List.of(2, 3),
                List.of(2, 4), List.of(3, 4))) {
            largestPair = Math.max(largestPair,
                    ChainSupremum.of(cell.network(), cell.w0(), cell.input(), pair, 1.0, 5).supremum());
        }
        assertTrue(value.value() >= largestPair * (1 - 1e-9), value + " vs exact pair supremum " + largestPair);
        assertTrue(value.value() > 1e6 * value.noiseFloor(), value.toString());
    }

    @Test
    void depthTwoLinearResidualIsExactlyTheChainSupremumAndNamesTheChain() throws Exception {
        // Along lines f is quadratic and its quadratic part is the single pair group: the chain is
        // the exact maximizer over the sphere, nothing can beat it.
        Architecture architecture = BallNets.of("4,m,1", "linear", "ntk");
        ProbeCatalog catalog = BallNets.catalog(architecture, 64, 3);
        BallCell cell = catalog.cell();
        PointValue value = new TaylorResidualMeasure(catalog, 1).measure();
        double exact = ChainSupremum.of(cell.network(), cell.w0(), cell.input(), List.of(1, 2), 1.0, 5).supremum();
        assertEquals(exact, value.value(), 1e-9 * exact);
        assertEquals("chain{1,2}/taylor", value.probe());
    }

    @Test
    void theSupremumIsNeverBelowTheGradientProbe() throws Exception {
        for (String activation : List.of("linear", "tanh")) {
            ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,m,1", activation, "ntk"), 64, 9);
            TaylorResidualMeasure measure = new TaylorResidualMeasure(catalog, 1);
            TaylorResidualMeasure.Sample gradient = measure.along(catalog.gradient().direction().get());
            PointValue value = measure.measure();
            assertTrue(value.value() >= gradient.value() - gradient.floor(), activation + ": " + value
                    + " below the gradient probe " + gradient);
            // The gradient is not where the supremum is (docs/MEANING.md section 2).
            assertTrue(value.value() > 2 * gradient.value(), activation + ": " + value + " vs " + gradient);
        }
    }

    @Test
    void residualOfOrderDepthOfALinearNetworkIsZeroWithinPrecision() throws Exception {
        for (long m : new long[] {64, 512}) {
            ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,m,m,1", "linear", "ntk"), m, 2);
            PointValue value = new TaylorResidualMeasure(catalog, 4).measure();
            assertTrue(value.atOrBelowFloor(), "m=" + m + ": " + value);
            assertTrue(value.noiseFloor() > 0 && value.noiseFloor() < 1e-9, value.toString());
        }
    }

    @Test
    void residualOfOrderDepthMinusOneIsAboveTheFloor() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("4,m,m,m,1", "linear", "ntk"), 64, 2);
        PointValue value = new TaylorResidualMeasure(catalog, 3).measure();
        assertTrue(value.value() > 1e3 * value.noiseFloor(), value.toString());
        assertTrue(value.probe().contains("chain{1,2,3,4}"), value.probe());
    }

    @Test
    void taylorModeAndFiniteDifferenceResidualsAgreeForTanh() {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,m,1", "tanh", "ntk"), 32, 4);
        BallCell cell = catalog.cell();
        RowSource rows = catalog.hessianTop().direction().get();
        double[] u = Rows.expand(rows, cell.network().layout());
        ForwardPass forward = new ForwardPass(cell.network());
        for (int order : new int[] {1, 2}) {
            LineCoefficients.Coefficients exact = new LineCoefficients.Exact(cell.network(), order)
                    .along(cell.w0(), rows, cell.input(), 1.0);
            LineCoefficients.Coefficients fd = new LineCoefficients.Differences(cell.network(), order)
                    .along(cell.w0(), rows, cell.input(), 1.0);
            double f = forward.evaluateAlong(cell.w0(), u, 0.75, cell.input());
            double residualExact = f - exact.polynomial(0.75);
            double residualFd = f - fd.polynomial(0.75);
            assertEquals(residualExact, residualFd, 1e-6 * Math.abs(residualExact), "order " + order);
            assertTrue(fd.error(0.75) < 1e-6 * Math.abs(residualExact), "fd error estimate " + fd.error(0.75));
        }
    }

    @Test
    void reluUsesFiniteDifferencesAndSaysSo() throws Exception {
        ProbeCatalog catalog = BallNets.catalog(BallNets.of("3,m,m,1", "relu", "ntk"), 32, 4);
        PointValue value = new TaylorResidualMeasure(catalog, 1).measure();
        assertTrue(value.probe().contains("fd"), value.probe());
        assertTrue(value.isFinite() && value.value() > value.noiseFloor(), value.toString());
    }
}
