package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.Width;
import io.multilin.architecture.training.OptimizerChoice;
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
import java.util.Optional;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The dynamics quantities under Adam: the first step against the sign step taken by hand, the
 * same values for any thread count, a diverging run that is no number, and the width exponents
 * of the feature change after one step in the abc gauge, muP for Adam (every layer m^0) against
 * gradient descent's muP rates (c = 0), under which Adam's sign step blows the features up.
 */
class DynamicsMeasureAdamTest {

    private static final OptimizerChoice ADAM = OptimizerChoice.Adam.DEFAULT;

    @Test
    void adamsFirstStepIsTheSignStepTakenByHand() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        BallCell cell = BallCell.of(architecture, 16, 7, 1.0);
        Network network = cell.network();
        ParameterLayout layout = network.layout();
        double[] rates = LayerRates.of(architecture, 16);
        // g = (f - y) grad f at w0; each weight moves by eta rates[l] g / (|g| + eps)
        Derivatives d = new Derivatives(network, cell.w0(), cell.input());
        double[] grad = new double[cell.total()];
        d.gradient(grad);
        double residual = d.value() - 2.0;
        double[] w1 = cell.w0().clone();
        for (int l = 1; l <= network.depth(); l++) {
            for (int k = layout.offset(l); k < layout.offset(l) + layout.size(l); k++) {
                double g = residual * grad[k];
                w1[k] -= 0.4 * rates[l] * g / (Math.abs(g) + 1e-8);
            }
        }
        double[] changes = DynamicsMeasureTest.featureChanges(network, cell.input(), cell.w0(), w1);
        for (int l = 1; l <= network.depth(); l++) {
            double expected = changes[l];
            PointValue value = DynamicsMeasure.featureChange(architecture, cell, l, 1, new StepSetting(2.0, 0.4, ADAM));
            assertEquals(expected, value.value(), 1e-12 * expected, "z_" + l + ": " + value);
            assertTrue(value.value() > 1e-2 && value.probe().contains("adam"), value.toString());
            // not gradient descent's step: its change at this rate is another number
            double gd = DynamicsMeasure.featureChange(architecture, cell, l, 1, new StepSetting(2.0, 0.4)).value();
            assertTrue(Math.abs(gd - expected) > 1e-3 * expected, "z_" + l + ": adam " + expected + ", gd " + gd);
        }
        ForwardPass forward = new ForwardPass(network);
        double change = Math.abs(forward.evaluate(w1, cell.input()) - forward.evaluate(cell.w0(), cell.input()));
        PointValue output = DynamicsMeasure.outputChange(architecture, cell, 1, new StepSetting(2.0, 0.4, ADAM));
        assertEquals(change, output.value(), 1e-12 * change, output.toString());
    }

    @Test
    void sweepsGiveTheSameAdamValuesWithOneAndTwoThreads() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        SweepPlan plan = new SweepPlan(new long[] {8, 16, 32, 64, 128}, 2, 99);
        for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, 1.0, 0.5, ADAM),
                new Quantity.OutputChange(3, BallNets.steps(1.0, 0.5, ADAM, Fraction.ZERO)))) {
            CellMeasurement measurement = QuantityMeasurer.forQuantity(architecture, quantity, 1.0);
            SweepResult one = new WidthSweep(1).run(quantity.label(), plan, measurement);
            SweepResult two = new WidthSweep(2).run(quantity.label(), plan, measurement);
            assertTrue(one.isValid(), one.toString());
            assertEquals(one, two, quantity.label());
        }
        // the measurer passes the optimizer on: gradient descent's cell is another number
        assertNotEquals(QuantityMeasurer.forQuantity(architecture,
                        new Quantity.OutputChange(3, BallNets.steps(1.0, 0.5, ADAM, Fraction.ZERO)), 1.0)
                        .measure(16, 3).value(),
                QuantityMeasurer.forQuantity(architecture, new Quantity.OutputChange(3, 1.0, 0.5), 1.0)
                        .measure(16, 3).value());
    }

    @Test
    void aDivergingAdamRunIsAnUnusableMeasurementNamingTheStep() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "ntk");
        for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, 1.0, 1e300, ADAM),
                new Quantity.OutputChange(3, BallNets.steps(1.0, 1e300, ADAM, Fraction.ZERO)))) {
            PointValue value = QuantityMeasurer.forQuantity(architecture, quantity, 1.0).measure(16, 3);
            assertTrue(Double.isNaN(value.value()), value.toString());
            assertTrue(value.probe().matches(".*adam.*diverged.* at step [1-3]$"), value.probe());
            SweepResult result = new WidthSweep(1).run("diverging", new SweepPlan(new long[] {8, 16, 32}, 2, 3),
                    QuantityMeasurer.forQuantity(architecture, quantity, 1.0));
            assertFalse(result.isValid(), result.toString());
            assertTrue(result.estimate().isEmpty(), result.toString());
        }
    }

    @Test
    void adamMovesEveryLayerByOrderOneUnderItsMupAndBlowsFeaturesUpAtGradientDescentsRates() throws Exception {
        // Adam's first step moves each weight of layer l by about eta m^{-c_l} whatever its
        // gradient, coherently with the layer's input: z_l moves by m^{-a_l} m^{-c_l} times the
        // L1 norm of its input (of order m for h_1 and h_2, of order one for x). With a = [-1/2, 0, 1/2]
        // that is m^{1/2 - c_1}, m^{1 - c_2} and m^{1/2 - c_3}: c = [1/2, 1, 1/2] makes every
        // change of order one (measured at m = 256..2048: 0.00, -0.02, -0.00).
        Fraction half = new Fraction(1, 2);
        Architecture mup = abc(half, Fraction.ONE, half);
        for (int layer = 1; layer <= 3; layer++) {
            assertEquals(0.0, slope(mup, layer, 0.5), 0.15, "adam muP, z_" + layer);
        }
        // Gradient descent's muP rates, c = 0: layer 1 moves by m^{1/2} eta |x|_1 exactly (0.500).
        // Layer 2 grows like m^1 (0.99 measured) only while layer 1's move stays below tanh's
        // saturation: eta m^{1/2} |x|_1 < 1 up to m = 2048, hence eta = 0.001. At eta = 0.5
        // layer 1 saturates tanh from m = 256 on, the new h_1 forgets the sign pattern the step
        // of W_2 was aligned with, and layer 2's median change is no power law (slopes 0.0 to 0.5
        // over seed sets): m^1 is the first-order exponent, not tanh's limit at a fixed eta.
        Architecture gdRates = abc(Fraction.ZERO, Fraction.ZERO, Fraction.ZERO);
        assertEquals(0.5, slope(gdRates, 1, 0.5), 0.02, "adam at c = 0, z_1");
        assertEquals(1.0, slope(gdRates, 2, 0.001), 0.2, "adam at c = 0, z_2");
    }

    /** [4, m, m, 1] tanh, abc with a = [-1/2, 0, 1/2], b = 1/2 everywhere and the given c. */
    private static Architecture abc(Fraction... c) {
        Fraction half = new Fraction(1, 2);
        return new Architecture(List.of(Width.parse("4"), Width.parse("m"), Width.parse("m"), Width.parse("1")),
                Activation.parse("tanh"), new Parameterization.Abc(List.of(half.negate(), Fraction.ZERO, half),
                List.of(half, half, half), Optional.of(List.of(c))));
    }

    /** The log-log slope in m of the median over 5 seeds of z_layer's change after one Adam step, through the sweep. */
    private static double slope(Architecture architecture, int layer, double eta) throws Exception {
        CellMeasurement measurement = QuantityMeasurer.forQuantity(architecture,
                new Quantity.FeatureChange(layer, 1, 5.0, eta, ADAM), 1.0);
        SweepResult result = new WidthSweep(1).run("dz", new SweepPlan(new long[] {256, 512, 1024, 2048}, 5, 100),
                measurement);
        double[] medians = result.widths().stream().mapToDouble(WidthSummary::median).toArray();
        double slope = LogLogFit.of(result.plan().widths(), medians).slope();
        System.out.printf("adam feature change z_%d, step 1, eta %s, %s: slope %.3f%n", layer, eta,
                architecture.parameterization(), slope);
        return slope;
    }
}
