package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSweep;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The dynamics quantities with a first-step exponent k, measured as a claim measures them
 * (through {@link QuantityMeasurer}), against steps taken by hand: step 1 at
 * {@code eta m^{k - c_l}}, the later ones at {@code eta m^{-c_l}}, rates from their formula.
 * Also the probe's name, which says k when it is not 0 and nothing when it is, and the same
 * values for any thread count.
 */
class DynamicsMeasureFirstStepTest {

    private static final Fraction HALF = new Fraction(1, 2);
    private static final double TARGET = 2.0;
    private static final double ETA = 0.1;

    @Test
    void featureOutputAndLossChangesAreThoseOfStepsTakenByHand() throws Exception {
        for (String parameterization : List.of("mup", "ntk")) {
            Architecture architecture = BallNets.of("3,m,m,1", "tanh", parameterization);
            BallCell cell = BallCell.of(architecture, 16, 7, 1.0);
            for (Fraction k : List.of(HALF, new Fraction(-1, 2))) {
                for (int step = 1; step <= 3; step++) {
                    double[] w = byHand(architecture, cell, k, step);
                    String label = parameterization + ", k = " + k + ", step " + step;
                    double[] expected = DynamicsMeasureTest.featureChanges(cell.network(), cell.input(), cell.w0(), w);
                    for (int l = 1; l <= 3; l++) {
                        PointValue value = measure(architecture, new Quantity.FeatureChange(l, step, gd(k)));
                        assertEquals(expected[l], value.value(), 1e-11 * expected[l], label + ", z_" + l);
                        assertTrue(value.value() > 1e-4, label + ": " + value);
                    }
                    ForwardPass forward = new ForwardPass(cell.network());
                    double f0 = forward.evaluate(cell.w0(), cell.input());
                    double f = forward.evaluate(w, cell.input());
                    PointValue output = measure(architecture, new Quantity.OutputChange(step, gd(k)));
                    assertEquals(Math.abs(f - f0), output.value(), 1e-11 * Math.abs(f - f0), label + ": " + output);
                    double loss = Math.abs((f - TARGET) * (f - TARGET) / 2 - (f0 - TARGET) * (f0 - TARGET) / 2);
                    PointValue lossChange = measure(architecture, new Quantity.LossChange(step, gd(k)));
                    assertEquals(loss, lossChange.value(), 1e-11 * loss, label + ": " + lossChange);
                }
            }
        }
    }

    /** Gradient descent on the fixed input at the test's target and rate, the first step at m^k times it. */
    private static StepSetup gd(Fraction k) {
        return BallNets.steps(TARGET, ETA, new OptimizerChoice.GradientDescent(), k);
    }

    private static PointValue measure(Architecture architecture, Quantity quantity) throws Exception {
        return QuantityMeasurer.forQuantity(architecture, quantity, 1.0).measure(16, 7);
    }

    /**
     * w after {@code steps} gradient steps from the cell's w0 on {@code 1/2 (f - target)^2}:
     * layer l moved by {@code -eta m^{k - c_l} (f - y) grad_l f} at step 1 and by
     * {@code -eta m^{-c_l} (f - y) grad_l f} after.
     */
    private static double[] byHand(Architecture architecture, BallCell cell, Fraction k, int steps) {
        Network network = cell.network();
        ParameterLayout layout = network.layout();
        double[] w = cell.w0().clone();
        double[] grad = new double[w.length];
        for (int t = 1; t <= steps; t++) {
            Derivatives d = new Derivatives(network, w, cell.input());
            d.gradient(grad);
            double residual = d.value() - TARGET;
            for (int l = 1; l <= network.depth(); l++) {
                Fraction c = architecture.scaling(l).learningRateExponent().orElseThrow();
                Fraction exponent = t == 1 ? k.subtract(c) : c.negate();
                double rate = ETA * Math.pow(network.m(), exponent.doubleValue());
                for (int i = layout.offset(l); i < layout.offset(l) + layout.size(l); i++) {
                    w[i] -= rate * residual * grad[i];
                }
            }
        }
        return w;
    }

    @Test
    void theProbeSaysTheFirstStepsExponentWhenItIsNotZero() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        String steps = " after 3 steps on 1/2 (f - 2.0)^2 at the fixed input, eta 0.1";
        OptimizerChoice gd = new OptimizerChoice.GradientDescent();
        assertEquals("z_2" + steps, measure(architecture, new Quantity.FeatureChange(2, 3, gd(Fraction.ZERO))).probe());
        assertEquals("z_2" + steps + ", first lr x m^1/2", measure(architecture, new Quantity.FeatureChange(2, 3,
                gd(HALF))).probe());
        assertEquals("f" + steps + ", first lr x m^-1", measure(architecture, new Quantity.OutputChange(3,
                gd(new Fraction(-1)))).probe());
        assertEquals("L" + steps + ", first lr x m^1", measure(architecture, new Quantity.LossChange(3,
                gd(Fraction.ONE))).probe());
        String adam = measure(architecture, new Quantity.OutputChange(3, BallNets.steps(TARGET, ETA,
                OptimizerChoice.Adam.DEFAULT, new Fraction(1, 3)))).probe();
        assertTrue(adam.contains("of adam") && adam.endsWith(", first lr x m^1/3"), adam);
    }

    @Test
    void sweepsWithALargerFirstStepGiveTheSameValuesWithOneAndTwoThreads() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        SweepPlan plan = new SweepPlan(new long[] {8, 16, 32, 64}, 2, 99);
        for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, BallNets.steps(1.0, 0.2,
                new OptimizerChoice.GradientDescent(), HALF)), new Quantity.OutputChange(2, BallNets.steps(1.0, 0.05,
                OptimizerChoice.Adam.DEFAULT, HALF)))) {
            CellMeasurement measurement = QuantityMeasurer.forQuantity(architecture, quantity, 1.0);
            SweepResult one = new WidthSweep(1).run(quantity.label(), plan, measurement);
            SweepResult two = new WidthSweep(2).run(quantity.label(), plan, measurement);
            assertTrue(one.isValid(), one.toString());
            assertEquals(one, two, quantity.label());
        }
    }
}
