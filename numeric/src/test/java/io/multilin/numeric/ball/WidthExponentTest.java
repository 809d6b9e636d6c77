package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.fit.SlopeEstimate;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSweep;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short sweeps (widths 32..512, 2 seeds) that must recover known width exponents within 0.15. */
class WidthExponentTest {

    private static final SweepPlan PLAN = new SweepPlan(new long[] {32, 64, 128, 256, 512}, 2, 2025);

    private static SlopeEstimate slope(Architecture architecture, Quantity quantity) throws Exception {
        SweepResult result = new WidthSweep(2).run(quantity.label(), PLAN,
                QuantityMeasurer.forQuantity(architecture, quantity, 1.0));
        return result.estimate().orElseThrow(() -> new AssertionError(result.noFitReason().orElse("")));
    }

    @Test
    void ntkWideLinearTaylorResidualAndHessianDecayLikeInverseSqrtM() throws Exception {
        Architecture architecture = BallNets.of("4,m,m,m,1", "linear", "ntk");
        SlopeEstimate residual = slope(architecture, new Quantity.TaylorResidual(1));
        assertEquals(-0.5, residual.slope(), 0.15, residual.toString());
        SlopeEstimate hessian = slope(architecture, new Quantity.HessianNorm());
        assertEquals(-0.5, hessian.slope(), 0.15, hessian.toString());
    }

    @Test
    void crossBottleneckHessianBlockStaysOrderOne() throws Exception {
        SlopeEstimate block = slope(BallNets.of("4,m,2,m,1", "linear", "ntk"),
                new Quantity.HessianBlock(List.of(2), List.of(3)));
        assertEquals(0, block.slope(), 0.15, block.toString());
    }

    @Test
    void ntkTanhOutputScaleIsOrderOne() throws Exception {
        SlopeEstimate output = slope(BallNets.of("4,m,m,1", "tanh", "ntk"), new Quantity.OutputScale());
        assertEquals(0, output.slope(), 0.15, output.toString());
    }
}
