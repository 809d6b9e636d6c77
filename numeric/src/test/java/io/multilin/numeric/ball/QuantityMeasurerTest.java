package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSweep;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

class QuantityMeasurerTest {

    private static final Architecture TANH = BallNets.of("3,m,m,1", "tanh", "ntk");

    @Test
    void everyQuantityIsReproducibleAndFinite() throws Exception {
        List<Quantity> quantities = List.of(new Quantity.TaylorResidual(1), new Quantity.HessianNorm(),
                new Quantity.HessianBlock(List.of(1), List.of(2)),
                new Quantity.MixedDerivative(List.of(List.of(1), List.of(2), List.of(3))),
                new Quantity.TangentKernelChange(3), new Quantity.OutputScale(), new Quantity.PreActivationScale(2),
                new Quantity.OneStepChange(1.0, 0.5));
        for (Quantity quantity : quantities) {
            CellMeasurement measurement = QuantityMeasurer.forQuantity(TANH, quantity, 1.0);
            PointValue first = measurement.measure(24, 17);
            PointValue again = QuantityMeasurer.forQuantity(TANH, quantity, 1.0).measure(24, 17);
            assertEquals(first, again, quantity.label());
            assertTrue(first.isFinite() && first.value() > first.noiseFloor(), quantity.label() + ": " + first);
            // Every value names the probes behind it, the winner among them (docs/MEANING.md section 4).
            assertTrue(!first.evaluated().isEmpty() && first.evaluated().contains(first.probe()),
                    quantity.label() + ": " + first);
            assertTrue(first.dropped().isEmpty() && first.converged(), quantity.label() + ": " + first);
            assertTrue(!first.equals(measurement.measure(24, 18)), quantity.label() + " ignores the seed");
        }
    }

    @Test
    void sweepsGiveTheSameValuesWithOneAndTwoThreads() throws Exception {
        SweepPlan plan = new SweepPlan(new long[] {8, 16, 32, 64, 128}, 2, 99);
        CellMeasurement measurement = QuantityMeasurer.forQuantity(TANH, new Quantity.TaylorResidual(1), 1.0);
        SweepResult one = new WidthSweep(1).run("T1", plan, measurement);
        SweepResult two = new WidthSweep(2).run("T1", plan, measurement);
        assertEquals(one, two);
    }

    @Test
    void oneStepWithoutLearningRateExponentsIsRejectedWithAClearMessage() {
        List<Fraction> zeros = List.of(Fraction.ZERO, Fraction.ZERO);
        Architecture abc = new Architecture(List.of(Width.parse("3"), Width.parse("m"), Width.parse("1")),
                Activation.parse("tanh"), new Parameterization.Abc(zeros, zeros, Optional.empty()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuantityMeasurer.forQuantity(abc, new Quantity.OneStepChange(0, 1), 1.0));
        assertTrue(e.getMessage().contains("learning-rate exponent"), e.getMessage());
    }

    @Test
    void oneStepOfADepthOneLinearNetworkMatchesTheHandComputedChange() throws Exception {
        // f = alpha w.x; one step moves w by -eta (f - y) alpha x, so f changes by
        // eta |f - y| alpha^2 ||x||^2 (ntk: c = 0, alpha = n0^{-1/2}).
        Architecture linear = BallNets.of("3,1", "linear", "ntk");
        BallCell cell = BallCell.of(linear, 16, 4, 1.0);
        double[] x = cell.input();
        double f0 = cell.derivativesAtInit().value();
        double expected = 0.5 * Math.abs(f0 - 2.0) * (x[0] * x[0] + x[1] * x[1] + x[2] * x[2]) / 3;
        PointValue value = QuantityMeasurer.forQuantity(linear, new Quantity.OneStepChange(2.0, 0.5), 1.0)
                .measure(16, 4);
        assertEquals(expected, value.value(), 1e-12 * expected);
    }

    @Test
    void kernelChangeOfADepthOneLinearNetworkIsZeroWithinPrecision() throws Exception {
        // The gradient alpha x does not depend on w: K is constant on the whole ball.
        PointValue value = QuantityMeasurer.forQuantity(BallNets.of("5,1", "linear", "ntk"),
                new Quantity.TangentKernelChange(3), 1.0).measure(16, 4);
        assertTrue(value.atOrBelowFloor() && value.noiseFloor() > 0, value.toString());
    }

    @Test
    void badRadiusIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> QuantityMeasurer.forQuantity(TANH, new Quantity.HessianNorm(), 0));
    }
}
