package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.numeric.dynamics.Trajectory;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import io.multilin.numeric.sweep.SweepPlan;
import io.multilin.numeric.sweep.SweepResult;
import io.multilin.numeric.sweep.WidthSweep;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/**
 * The dynamics quantities on a batch of n inputs, measured as a claim measures them (through
 * {@link QuantityMeasurer}), against full-batch steps taken by hand on
 * {@code 1/(2n) sum_i (f(x_i) - y)^2} ({@link HandSteps}) and the changes' definitions; the
 * batch gradient against finite differences of the batch loss; a batch of one against the
 * values the single-input run gave before batches existed, to the bit; the probe's words, the
 * cost, and the same values for any thread count.
 */
class DynamicsMeasureBatchTest {

    private static final double TARGET = 2.0;
    private static final double EPS_FLOOR = DynamicsMeasure.FLOOR_UNITS * Precision.EPS;
    private static final OptimizerChoice GD = new OptimizerChoice.GradientDescent();

    @Test
    void aBatchOfThreeTakesFullBatchStepsAndItsChangesAreTheirDefinitions() throws Exception {
        // tiny: 2 -> 4 -> 4 -> 1, 28 weights; a larger first step (k = 1/2) and Adam included
        Architecture architecture = BallNets.of("2,m,m,1", "tanh", "mup");
        long m = 4;
        long seed = 5;
        BallCell cell = BallCell.of(architecture, m, seed, 1.0);
        double[][] xs = cell.inputs(3);
        HandSteps hand = new HandSteps(architecture, cell.network());
        for (StepSetup setup : List.of(new StepSetup(TARGET, 0.3, GD, Fraction.ZERO, 3),
                new StepSetup(TARGET, 0.2, GD, new Fraction(1, 2), 3),
                new StepSetup(TARGET, 0.05, OptimizerChoice.Adam.DEFAULT, Fraction.ZERO, 3))) {
            List<double[]> ws = hand.steps(cell.w0(), xs, TARGET, setup.eta(), setup.firstLr(), setup.optimizer(), 2);
            List<Trajectory.Record> records = DynamicsMeasure.run(architecture, cell, 2, new StepSetting(setup));
            for (int t = 1; t <= 2; t++) {
                String label = setup.key() + ", step " + t;
                double[] w = ws.get(t);
                // the run's weights are the hand's: every input's output agrees
                for (int i = 0; i < 3; i++) {
                    double f = hand.output(w, xs[i]);
                    assertEquals(f, records.get(t).outputs()[i], 1e-12 * Math.abs(f), label + ", input " + i);
                }
                double[] f = new double[3];
                double[] f0 = new double[3];
                double outputChange = 0;
                double outputSize = 0;
                for (int i = 0; i < 3; i++) {
                    f[i] = hand.output(w, xs[i]);
                    f0[i] = hand.output(cell.w0(), xs[i]);
                    outputChange += (f[i] - f0[i]) * (f[i] - f0[i]) / 3;
                    outputSize += Math.pow(Math.abs(f[i]) + Math.abs(f0[i]), 2) / 3;
                }
                PointValue output = measure(architecture, new Quantity.OutputChange(t, setup), m, seed);
                assertClose(Math.sqrt(outputChange), output.value(), label + ", f");
                assertClose(EPS_FLOOR * Math.sqrt(outputSize), output.noiseFloor(), label + ", f's floor");
                double l0 = hand.loss(cell.w0(), xs, TARGET);
                double l = hand.loss(w, xs, TARGET);
                PointValue loss = measure(architecture, new Quantity.LossChange(t, setup), m, seed);
                assertClose(Math.abs(l - l0), loss.value(), label + ", L");
                assertClose(EPS_FLOOR * (Math.abs(l) + Math.abs(l0)), loss.noiseFloor(), label + ", L's floor");
                for (int layer = 1; layer <= 3; layer++) {
                    double change = 0;
                    double size = 0;
                    int count = 0;
                    for (double[] x : xs) {
                        double[] z = hand.preActivations(w, x)[layer];
                        double[] z0 = hand.preActivations(cell.w0(), x)[layer];
                        for (int j = 0; j < z.length; j++) {
                            change += (z[j] - z0[j]) * (z[j] - z0[j]);
                            size += Math.pow(Math.abs(z[j]) + Math.abs(z0[j]), 2);
                            count++;
                        }
                    }
                    PointValue feature = measure(architecture, new Quantity.FeatureChange(layer, t, setup), m, seed);
                    assertClose(Math.sqrt(change / count), feature.value(), label + ", z_" + layer);
                    assertClose(EPS_FLOOR * Math.sqrt(size / count), feature.noiseFloor(), label + ", z_" + layer
                            + "'s floor");
                }
            }
            // the batch matters: steps on the first input alone are other steps
            StepSetup alone = new StepSetup(TARGET, setup.eta(), setup.optimizer(), setup.firstLr(), 1);
            double one = measure(architecture, new Quantity.FeatureChange(2, 2, alone), m, seed).value();
            double three = measure(architecture, new Quantity.FeatureChange(2, 2, setup), m, seed).value();
            assertTrue(Math.abs(one - three) > 1e-3 * three, setup.key() + ": " + one + " vs " + three);
        }
    }

    /** Equal to 1e-12 relative, and far from nothing (a value of 0 would agree with anything small). */
    private static void assertClose(double expected, double actual, String label) {
        assertTrue(expected > 1e-20, label + ": expected " + expected);
        assertEquals(expected, actual, 1e-12 * expected, label);
    }

    private static PointValue measure(Architecture architecture, Quantity quantity, long m, long seed)
            throws Exception {
        return QuantityMeasurer.forQuantity(architecture, quantity, 1.0).measure(m, seed);
    }

    @Test
    void theBatchGradientIsTheDerivativeOfTheBatchLoss() {
        for (String activation : List.of("tanh", "gelu")) {
            Architecture architecture = BallNets.of("3,m,m,1", activation, "ntk");
            BallCell cell = BallCell.of(architecture, 6, 11, 1.0);
            double[][] xs = cell.inputs(3);
            HandSteps hand = new HandSteps(architecture, cell.network());
            Trajectory trajectory = DynamicsMeasure.trajectory(cell,
                    new StepSetting(new StepSetup(1.5, 0.1, GD, Fraction.ZERO, 3)));
            double[] w = cell.w0().clone();
            double[] grad = new double[w.length];
            // the measure's loss is the batch loss written out
            assertEquals(hand.loss(w, xs, 1.5), trajectory.lossAndGradient(w, grad), 1e-14);
            double[] byHand = hand.lossGradient(w, xs, 1.5);
            double h = 1e-5;
            for (int k = 0; k < w.length; k++) {
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (hand.loss(plus, xs, 1.5) - hand.loss(minus, xs, 1.5)) / (2 * h);
                assertEquals(fd, grad[k], 1e-9 + 1e-6 * Math.abs(fd), activation + ", coordinate " + k);
                assertEquals(byHand[k], grad[k], 1e-13 + 1e-12 * Math.abs(byHand[k]), activation + ", coordinate " + k);
            }
        }
    }

    /**
     * Values the single-input runs gave before batches existed (commit 451f3e6: "3,m,m,1" tanh
     * mup at m = 16, seed 7), as bits: a batch of one must still give them exactly.
     */
    @Test
    void aBatchOfOneGivesTheSingleInputValuesToTheBit() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        OptimizerChoice adam = OptimizerChoice.Adam.DEFAULT;
        StepSetup large = BallNets.steps(2.0, 0.3, GD, new Fraction(1, 2));
        StepSetup gd = BallNets.steps(2.0, 0.3, GD, Fraction.ZERO);
        StepSetup ad = BallNets.steps(2.0, 0.05, adam, Fraction.ZERO);
        String gdSteps = " on 1/2 (f - 2.0)^2 at the fixed input, eta 0.3";
        String adamSteps = " of adam (beta1 0.9, beta2 0.999, epsilon 1.0E-8) on 1/2 (f - 2.0)^2 at the fixed input,"
                + " eta 0.05";
        Object[][] golden = {
            {new Quantity.FeatureChange(1, 3, large), "0x1.a4352cc0dbb81p-3", "0x1.75a2d9af16637p-47",
                "z_1 after 3 steps" + gdSteps + ", first lr x m^1/2"},
            {new Quantity.FeatureChange(2, 3, large), "0x1.135a8175a1189p-1", "0x1.747849f360e8ep-47",
                "z_2 after 3 steps" + gdSteps + ", first lr x m^1/2"},
            {new Quantity.FeatureChange(3, 3, large), "0x1.5da251285de75p-1", "0x1.8d723f34371c5p-47",
                "z_3 after 3 steps" + gdSteps + ", first lr x m^1/2"},
            {new Quantity.OutputChange(2, gd), "0x1.c8de81cd910bdp-3", "0x1.440f1cfe7aefep-48", "f after 2 steps"
                + gdSteps},
            {new Quantity.LossChange(3, gd), "0x1.40a86813187e2p-1", "0x1.98355f07a6b82p-45", "L after 3 steps"
                + gdSteps},
            {new Quantity.FeatureChange(2, 2, ad), "0x1.08f0b3b8928ccp-1", "0x1.6631e49f09cd4p-47", "z_2 after 2 steps"
                + adamSteps},
            {new Quantity.OutputChange(2, ad), "0x1.14e02280b5392p-1", "0x1.44b0108c8e6e2p-47", "f after 2 steps"
                + adamSteps},
            {new Quantity.LossChange(2, ad), "0x1.d1f5bf17414a6p-1", "0x1.73e209469c85p-45", "L after 2 steps"
                + adamSteps},
        };
        TrajectoryRuns runs = new TrajectoryRuns();
        for (Object[] row : golden) {
            Quantity q = (Quantity) row[0];
            for (PointValue value : List.of(measure(architecture, q, 16, 7),
                    QuantityMeasurer.forQuantity(architecture, q, 1.0, runs).measure(16, 7))) {
                assertEquals(Double.parseDouble((String) row[1]), value.value(), 0.0, q.label());
                assertEquals(Double.parseDouble((String) row[2]), value.noiseFloor(), 0.0, q.label());
                assertEquals(row[3], value.probe());
            }
        }
        // and the single-input run of the trajectory itself, the cell's one input with its target
        BallCell cell = BallCell.of(architecture, 16, 7, 1.0);
        for (StepSetup setup : List.of(large, ad)) {
            StepSetting setting = new StepSetting(setup);
            List<Trajectory.Record> single = new Trajectory(cell.network(), new double[][] {cell.input()},
                    new double[] {setup.target()}).run(cell.w0(), setting.rates(architecture, 16), 4,
                    setup.optimizer());
            assertEquals(single, DynamicsMeasure.run(architecture, cell, 4, setting), setup.key());
        }
    }

    @Test
    void theProbeNamesABatchOfMoreThanOneInput() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        StepSetup three = new StepSetup(1.0, 0.1, GD, Fraction.ZERO, 3);
        assertEquals("z_2 after 2 steps on the mean of 1/2 (f - 1.0)^2 over a batch of 3 fixed inputs, eta 0.1",
                measure(architecture, new Quantity.FeatureChange(2, 2, three), 8, 1).probe());
        StepSetup adam = new StepSetup(1.0, 0.1, OptimizerChoice.Adam.DEFAULT, new Fraction(1, 2), 8);
        String probe = measure(architecture, new Quantity.OutputChange(1, adam), 8, 1).probe();
        assertTrue(probe.startsWith("f after 1 step of adam") && probe.endsWith(
                " on the mean of 1/2 (f - 1.0)^2 over a batch of 8 fixed inputs, eta 0.1, first lr x m^1/2"), probe);
    }

    @Test
    void batchSweepsGiveTheSameValuesWithOneAndTwoThreads() throws Exception {
        Architecture architecture = BallNets.of("3,m,m,1", "tanh", "mup");
        SweepPlan plan = new SweepPlan(new long[] {8, 16, 32, 64}, 2, 99);
        for (int batch : new int[] {2, 5, 8}) {
            StepSetup gd = new StepSetup(1.0, 0.2, GD, new Fraction(1, 2), batch);
            StepSetup adam = new StepSetup(1.0, 0.05, OptimizerChoice.Adam.DEFAULT, Fraction.ZERO, batch);
            for (Quantity quantity : List.of(new Quantity.FeatureChange(2, 3, gd), new Quantity.OutputChange(2, adam),
                    new Quantity.LossChange(3, gd))) {
                CellMeasurement own = QuantityMeasurer.forQuantity(architecture, quantity, 1.0);
                SweepResult one = new WidthSweep(1).run(quantity.label(), plan, own);
                SweepResult two = new WidthSweep(2).run(quantity.label(), plan, own);
                // and through the runs a check shares, read by two threads at once
                CellMeasurement shared = QuantityMeasurer.forQuantity(architecture, quantity, 1.0, new TrajectoryRuns());
                SweepResult sharedTwo = new WidthSweep(2).run(quantity.label(), plan, shared);
                assertTrue(one.isValid(), one.toString());
                assertEquals(one, two, quantity.label());
                assertEquals(one, sharedTwo, quantity.label());
            }
        }
    }

    @Test
    void aBatchCostsPassesAndActivationsPerInput() {
        Architecture architecture = BallNets.of("8,m,m,m,1", "tanh", "ntk");
        for (OptimizerChoice optimizer : List.of(GD, OptimizerChoice.Adam.DEFAULT)) {
            CellCost previous = null;
            for (int batch = 1; batch <= StepSetup.MAX_BATCH; batch++) {
                Quantity q = new Quantity.FeatureChange(2, 3, new StepSetup(1, 0.5, optimizer, Fraction.ZERO, batch));
                CellCost cost = QuantityMeasurer.cost(architecture, q, 256);
                if (previous != null) {
                    assertTrue(cost.flopBound() > previous.flopBound() && cost.peakBytes() > previous.peakBytes(),
                            optimizer + ", batch " + batch + ": " + cost + " after " + previous);
                }
                previous = cost;
            }
            // the passes grow like the batch: 8 inputs cost several times one
            double ratio = previous.flopBound() / QuantityMeasurer.cost(architecture, new Quantity.FeatureChange(2, 3,
                    new StepSetup(1, 0.5, optimizer, Fraction.ZERO, 1)), 256).flopBound();
            assertTrue(ratio > 3 && ratio < 8, optimizer + ": x" + ratio);
        }
    }
}
