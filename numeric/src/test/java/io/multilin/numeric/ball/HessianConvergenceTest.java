package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.numeric.engine.DenseHessian;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.Rows;
import io.multilin.numeric.engine.Vectors;
import io.multilin.numeric.fit.PointValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An iterative eigenvalue that has not converged is a lower bound, never a value to fit
 * (docs/MEANING.md section 4): a Lanczos budget too small says so, an adequate one gives the dense
 * eigen-decomposition's value at the same ball points.
 */
class HessianConvergenceTest {

    /** Range-coordinate dimension 3+8 + 8+8 + 8+8 + 1+8 + 1 = 53: more than the budgets below. */
    private static final Architecture TANH = BallNets.of("3,m,m,m,1", "tanh", "ntk");
    private static final long M = 8;

    @Test
    void aTinyLanczosBudgetGivesAnUnconvergedLowerBound() throws Exception {
        for (List<Integer> rows : java.util.Arrays.asList(null, List.of(1), List.of(2, 3))) {
            List<Integer> columns = rows == null ? null : List.of(rows.get(0) + rows.size());
            ProbeCatalog catalog = catalog(new LanczosBudget(2, 1e-3));
            HessianMeasure measure = new HessianMeasure(catalog, rows, columns);
            PointValue value = measure.measure();
            assertFalse(value.converged(), rows + ": " + value);
            // A Ritz value lies inside the spectrum: below the dense norm at every point.
            assertTrue(value.value() <= denseSupremum(measure, catalog, rows, columns) * (1 + 1e-12), value.toString());
        }
    }

    @Test
    void anAdequateBudgetConvergesToTheDenseEigenDecompositionAtTheSamePoints() throws Exception {
        // 10 x 4 = 40 iterations < 53: convergence by the residual, not by exhausting the space.
        for (List<Integer> rows : java.util.Arrays.asList(null, List.of(1), List.of(2, 3))) {
            List<Integer> columns = rows == null ? null : List.of(rows.get(0) + rows.size());
            ProbeCatalog catalog = catalog(new LanczosBudget(40, 1e-7));
            HessianMeasure measure = new HessianMeasure(catalog, rows, columns);
            PointValue value = measure.measure();
            assertTrue(value.converged(), rows + ": " + value);
            double dense = denseSupremum(measure, catalog, rows, columns);
            assertEquals(dense, value.value(), 1e-10 * dense, rows + ": " + value);
        }
    }

    @Test
    void theDefaultBudgetConvergesWithinItsStatedAccuracy() throws Exception {
        ProbeCatalog catalog = catalog(LanczosBudget.VALUES);
        HessianMeasure measure = new HessianMeasure(catalog, null, null);
        PointValue value = measure.measure();
        assertTrue(value.converged(), value.toString());
        double dense = denseSupremum(measure, catalog, null, null);
        // A relative Ritz residual of 1e-3 bounds the error by 1e-3; it is about its square.
        assertEquals(dense, value.value(), 1e-5 * dense, value.toString());
    }

    private static ProbeCatalog catalog(LanczosBudget budget) {
        return new ProbeCatalog(BallCell.of(TANH, M, 4, 1.0), new BoundedChainDirections(), budget);
    }

    /** The largest dense norm over w0 and the ball points {@code w0 +- R u} of the measure's probes. */
    private static double denseSupremum(HessianMeasure measure, ProbeCatalog catalog, List<Integer> rows,
                                        List<Integer> columns) {
        BallCell cell = catalog.cell();
        double max = dense(cell.derivativesAtInit(), rows, columns);
        for (Probe probe : measure.probes().probes()) {
            double[] u = Rows.expand(probe.direction().get(), cell.network().layout());
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] point = cell.w0().clone();
                Vectors.axpy(sign * cell.radius(), u, point);
                Derivatives d = new Derivatives(cell.network(), point, cell.input());
                max = Math.max(max, dense(d, rows, columns));
            }
        }
        return max;
    }

    private static double dense(Derivatives d, List<Integer> rows, List<Integer> columns) {
        return rows == null ? DenseHessian.norm(d) : DenseHessian.blockNorm(d, rows, columns);
    }
}
