package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.numeric.dynamics.LayerRates;
import io.multilin.numeric.engine.Derivatives;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Network;
import io.multilin.numeric.engine.ParameterLayout;
import io.multilin.numeric.fit.LogLogFit;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSummary;
import io.multilin.numeric.sweep.WidthSweep;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dynamics quantities: the feature change against gradient steps taken by hand and
 * forward passes at both ends, the output change after one step against the one-step change
 * (a measure that moves w0 in place along the gradient's factors, not a trajectory), the known
 * width exponents of the feature change under ntk (lazy: m^{-1/2}) and muP (m^0), the same
 * values for any thread count, and a diverging run that is no number.
 */
class DynamicsMeasureTest {

    @Test
    void theFeatureChangeOfEveryLayerIsTheChangeOfStepsTakenByHand() throws Exception {
        for (String parameterization : List.of("mup", "ntk")) {
            Architecture architecture = BallNets.of("3,m,m,1", "tanh", parameterization);
            BallCell cell = BallCell.of(architecture, 16, 7, 1.0);
            for (int step = 1; step <= 2; step++) {
                double[] expected = byHand(architecture, cell, 2.0, 0.4, step);
                for (int l = 1; l <= 3; l++) {
                    PointValue value = DynamicsMeasure.featureChange(architecture, cell, l, step,
                            new StepSetting(2.0, 0.4));
                    String label = parameterization + " z_" + l + " step " + step + ": " + value;
                    assertEquals(expected[l], value.value(), 1e-9 * expected[l], label);
                    // a change of order 1e-2 at m = 16 is far above the rounding of the two z's
                    assertTrue(value.value() > 1e-4 && value.noiseFloor() > 0
                            && value.noiseFloor() < 1e-10 * value.value(), label);
                }
            }
        }
    }

    /**
     * {@code RMS_i (z_l(w_t) - z_l(w0))_i}, index l, after t steps taken here: the gradient
     * from {@link Derivatives}, layer l moved by {@code -eta m^{-c_l} (f - y) grad_l}, z from
     * {@link ForwardPass} at w0 and at w_t.
     */
    private static double[] byHand(Architecture architecture, BallCell cell, double target, double eta, int steps) {
        Network network = cell.network();
        ParameterLayout layout = network.layout();
        double[] rates = LayerRates.of(architecture, network.m());
        double[] x = cell.input();
        double[] w = cell.w0().clone();
        double[] grad = new double[w.length];
        for (int t = 0; t < steps; t++) {
            Derivatives d = new Derivatives(network, w, x);
            d.gradient(grad);
            double residual = d.value() - target;
            for (int l = 1; l <= network.depth(); l++) {
                for (int k = layout.offset(l); k < layout.offset(l) + layout.size(l); k++) {
                    w[k] -= eta * rates[l] * residual * grad[k];
                }
            }
        }
        return featureChanges(network, x, cell.w0(), w);
    }

    /** {@code RMS_i (z_l(w; x) - z_l(w0; x))_i} for l = 1..L (index l), from forward passes. */
    static double[] featureChanges(Network network, double[] x, double[] w0, double[] w) {
        ForwardPass before = new ForwardPass(network);
        ForwardPass after = new ForwardPass(network);
        before.evaluate(w0, x);
        after.evaluate(w, x);
        double[] change = new double[network.depth() + 1];
        for (int l = 1; l <= network.depth(); l++) {
            double[] z0 = before.preActivation(l);
            double[] z = after.preActivation(l);
            double sum = 0;
            for (int i = 0; i < z.length; i++) {
                sum += (z[i] - z0[i]) * (z[i] - z0[i]);
            }
            change[l] = Math.sqrt(sum / z.length);
        }
        return change;
    }

    @Test
    void theOutputChangeAfterOneStepIsTheOneStepChange() throws Exception {
        for (String parameterization : List.of("mup", "ntk", "standard")) {
            Architecture architecture = BallNets.of("3,m,m,1", "tanh", parameterization);
            BallCell cell = BallCell.of(architecture, 32, 5, 1.0);
            PointValue oneStep = OneStepMeasure.measure(architecture, cell, 1.5, 0.3);
            PointValue change = DynamicsMeasure.outputChange(architecture, cell, 1, new StepSetting(1.5, 0.3));
            assertEquals(oneStep.value(), change.value(), 1e-12 * oneStep.value(), parameterization);
            assertEquals(oneStep.noiseFloor(), change.noiseFloor(), 1e-12 * oneStep.noiseFloor(), parameterization);
            // and a second step moves the output again: the step count is read, not ignored
            PointValue two = DynamicsMeasure.outputChange(architecture, cell, 2, new StepSetting(1.5, 0.3));
            assertTrue(Math.abs(two.value() - change.value()) > 1e-6 * change.value(), parameterization);
        }
    }

    @Test
    void featuresMoveLikeMToTheMinusHalfUnderNtkAndOrderOneUnderMup() throws Exception {
        // Hidden pre-activations after 1 and 3 steps: ntk is lazy (m^-1/2), muP learns features (m^0).
        for (int step : new int[] {1, 3}) {
            for (int layer = 1; layer <= 2; layer++) {
                double ntk = slope("ntk", layer, step);
                double mup = slope("mup", layer, step);
                System.out.printf("feature change z_%d, step %d: ntk slope %.3f, mup slope %.3f%n", layer, step,
                        ntk, mup);
                assertEquals(-0.5, ntk, 0.15, "ntk z_" + layer + " step " + step);
                assertEquals(0.0, mup, 0.15, "mup z_" + layer + " step " + step);
            }
        }
    }

    /**
     * The log-log slope in m of the median over 5 seeds, measured through the sweep as a claim
     * is. Target 5, far from f(w0) ~ O(1) under ntk: the residual, which scales every change,
     * then varies little from seed to seed (TrajectoryTest needed this and 5 seeds).
     */
    private static double slope(String parameterization, int layer, int step) throws Exception {
        Architecture architecture = BallNets.of("4,m,m,1", "tanh", parameterization);
        CellMeasurement measurement = QuantityMeasurer.forQuantity(architecture,
                new Quantity.FeatureChange(layer, step, 5.0, 0.5), 1.0);
        SweepResult result = new WidthSweep(1).run("dz", new SweepPlan(new long[] {256, 512, 1024, 2048}, 5, 100),
                measurement);
        double[] medians = result.widths().stream().mapToDouble(WidthSummary::median).toArray();
        return LogLogFit.of(result.plan().widths(), medians).slope();
    }

    @Test
    void sweepsGiveTheSameValuesWithOneAndTwoThreads() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        SweepPlan plan = new SweepPlan(new long[] {8, 16, 32, 64, 128}, 2, 99);
        for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, 1.0, 0.5),
                new Quantity.OutputChange(3, 1.0, 0.5))) {
            CellMeasurement measurement = QuantityMeasurer.forQuantity(architecture, quantity, 1.0);
            SweepResult one = new WidthSweep(1).run(quantity.label(), plan, measurement);
            SweepResult two = new WidthSweep(2).run(quantity.label(), plan, measurement);
            assertTrue(one.isValid(), one.toString());
            assertEquals(one, two, quantity.label());
        }
    }

    @Test
    void aDivergingRunIsAnUnusableMeasurementNamingTheStep() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "ntk");
        for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, 1.0, 1e300),
                new Quantity.OutputChange(3, 1.0, 1e300))) {
            PointValue value = QuantityMeasurer.forQuantity(architecture, quantity, 1.0).measure(16, 3);
            assertFalse(value.isFinite(), value.toString());
            assertTrue(Double.isNaN(value.value()), value.toString());
            assertTrue(value.probe().matches(".*diverged.* at step [1-3]$"), value.probe());
            // the sweep refuses to fit it and names the cell
            SweepPlan plan = new SweepPlan(new long[] {8, 16, 32}, 2, 3);
            SweepResult result = new WidthSweep(1).run("diverging", plan,
                    QuantityMeasurer.forQuantity(architecture, quantity, 1.0));
            assertFalse(result.isValid(), result.toString());
            assertTrue(result.estimate().isEmpty(), result.toString());
        }
        // the same run at a sane rate is a number
        assertTrue(QuantityMeasurer.forQuantity(architecture, new Quantity.OutputChange(3, 1.0, 0.5), 1.0)
                .measure(16, 3).isFinite());
    }
}
