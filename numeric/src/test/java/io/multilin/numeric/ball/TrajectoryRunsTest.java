package io.multilin.numeric.ball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Architecture;
import io.multilin.architecture.Quantity;
import io.multilin.architecture.training.OptimizerChoice;
import io.multilin.architecture.training.StepSetup;
import io.multilin.numeric.fit.PointValue;
import io.multilin.numeric.sweep.CellMeasurement;
import java.util.List;
import org.apache.commons.math3.fraction.Fraction;
import org.junit.jupiter.api.Test;

/** Shared gradient-step runs: the same values to the bit as each quantity's own run, from far fewer runs. */
class TrajectoryRunsTest {

    private static final double RADIUS = 1.0;

    private static PointValue own(Architecture a, Quantity q, long m, long seed) throws Exception {
        return QuantityMeasurer.forQuantity(a, q, RADIUS).measure(m, seed);
    }

    @Test
    void everyLayerAndStepReadsOneRunWithTheValuesOfItsOwn() throws Exception {
        for (OptimizerChoice optimizer : new OptimizerChoice[] {new OptimizerChoice.GradientDescent(),
                OptimizerChoice.Adam.DEFAULT}) {
            Architecture a = BallNets.of("3,m,m,1", "tanh", "mup");
            TrajectoryRuns runs = new TrajectoryRuns();
            for (long seed = 1; seed <= 2; seed++) {
                // steps 1..5 come from one run taken to the prefetch; 7 takes one longer run
                for (int t : new int[] {1, 2, 3, 4, 5, 7}) {
                    for (int layer = 1; layer <= 3; layer++) {
                        Quantity q = new Quantity.FeatureChange(layer, t, 2.0, 0.3, optimizer);
                        CellMeasurement shared = QuantityMeasurer.forQuantity(a, q, RADIUS, runs);
                        PointValue mine = own(a, q, 32, seed);
                        PointValue read = shared.measure(32, seed);
                        assertEquals(mine.value(), read.value(), "layer " + layer + " step " + t);
                        assertEquals(mine.noiseFloor(), read.noiseFloor());
                        assertEquals(mine.probe(), read.probe());
                    }
                    Quantity out = new Quantity.OutputChange(t, BallNets.steps(2.0, 0.3, optimizer, Fraction.ZERO));
                    assertEquals(own(a, out, 32, seed).value(), QuantityMeasurer.forQuantity(a, out, RADIUS, runs)
                            .measure(32, seed).value());
                }
            }
            assertEquals(4, runs.runsTaken(), "two seeds, each one run to step 5 and one to step 7");
        }
    }

    @Test
    void quantitiesWhoseFirstStepsDifferNeverShareARunAndThoseWithTheSameFirstStepDo() throws Exception {
        Architecture a = BallNets.of("3,m,m,1", "tanh", "mup");
        for (OptimizerChoice optimizer : new OptimizerChoice[] {new OptimizerChoice.GradientDescent(),
                OptimizerChoice.Adam.DEFAULT}) {
            TrajectoryRuns runs = new TrajectoryRuns();
            // the larger first step read first: a run kept for it must not serve k = 0, nor the reverse
            for (Fraction k : List.of(new Fraction(1, 2), Fraction.ZERO, new Fraction(-1, 2))) {
                int before = runs.runsTaken();
                for (int t = 1; t <= 3; t++) {
                    for (int layer = 1; layer <= 3; layer++) {
                        Quantity q = new Quantity.FeatureChange(layer, t, BallNets.steps(2.0, 0.1, optimizer, k));
                        PointValue read = QuantityMeasurer.forQuantity(a, q, RADIUS, runs).measure(32, 1);
                        assertEquals(own(a, q, 32, 1).value(), read.value(), optimizer + ", k = " + k + ", z_" + layer
                                + ", step " + t);
                        if (!k.equals(Fraction.ZERO)) {
                            double atZero = own(a, new Quantity.FeatureChange(layer, t, 2.0, 0.1, optimizer), 32, 1)
                                    .value();
                            assertTrue(Math.abs(read.value() - atZero) > 1e-3 * atZero, optimizer + ", k = " + k
                                    + ", z_" + layer + ", step " + t + ": " + read.value() + " vs " + atZero);
                        }
                    }
                    Quantity out = new Quantity.OutputChange(t, BallNets.steps(2.0, 0.1, optimizer, k));
                    assertEquals(own(a, out, 32, 1).value(), QuantityMeasurer.forQuantity(a, out, RADIUS, runs)
                            .measure(32, 1).value());
                }
                assertEquals(before + 1, runs.runsTaken(), optimizer + ", k = " + k + ": one run of its own");
            }
            // the same exponent, written otherwise, reads the run already kept
            Quantity same = new Quantity.LossChange(2, BallNets.steps(2.0, 0.1, optimizer, new Fraction(2, 4)));
            PointValue shared = QuantityMeasurer.forQuantity(a, same, RADIUS, runs).measure(32, 1);
            assertEquals(3, runs.runsTaken());
            assertEquals(own(a, same, 32, 1).value(), shared.value());
        }
    }

    @Test
    void quantitiesThatDifferOnlyInTheBatchNeverShareARunAndEqualOnesDo() throws Exception {
        Architecture a = BallNets.of("3,m,m,1", "tanh", "mup");
        for (OptimizerChoice optimizer : new OptimizerChoice[] {new OptimizerChoice.GradientDescent(),
                OptimizerChoice.Adam.DEFAULT}) {
            TrajectoryRuns runs = new TrajectoryRuns();
            // a batch read first: a run kept for it must not serve the one input, nor the reverse
            for (int batch : new int[] {3, 1, 2}) {
                StepSetup setup = new StepSetup(2.0, 0.1, optimizer, Fraction.ZERO, batch);
                StepSetup alone = new StepSetup(2.0, 0.1, optimizer, Fraction.ZERO, 1);
                int before = runs.runsTaken();
                for (int t = 1; t <= 3; t++) {
                    for (int layer = 1; layer <= 3; layer++) {
                        Quantity q = new Quantity.FeatureChange(layer, t, setup);
                        PointValue read = QuantityMeasurer.forQuantity(a, q, RADIUS, runs).measure(32, 1);
                        String label = optimizer + ", batch " + batch + ", z_" + layer + ", step " + t;
                        assertEquals(own(a, q, 32, 1).value(), read.value(), label);
                        if (batch > 1) {
                            double one = own(a, new Quantity.FeatureChange(layer, t, alone), 32, 1).value();
                            assertTrue(Math.abs(read.value() - one) > 1e-3 * one, label + ": " + read.value()
                                    + " vs " + one);
                        }
                    }
                    Quantity out = new Quantity.OutputChange(t, setup);
                    assertEquals(own(a, out, 32, 1).value(), QuantityMeasurer.forQuantity(a, out, RADIUS, runs)
                            .measure(32, 1).value());
                }
                assertEquals(before + 1, runs.runsTaken(), optimizer + ", batch " + batch + ": one run of its own");
            }
            // an equal setup, made anew and read by another quantity, reads the run already kept
            Quantity same = new Quantity.LossChange(2, new StepSetup(2.0, 0.1, optimizer, new Fraction(0, 3), 3));
            PointValue shared = QuantityMeasurer.forQuantity(a, same, RADIUS, runs).measure(32, 1);
            assertEquals(3, runs.runsTaken());
            assertEquals(own(a, same, 32, 1).value(), shared.value());
        }
    }

    @Test
    void otherQuantitiesAreMeasuredAsBefore() throws Exception {
        Architecture a = BallNets.of("3,m,m,1", "tanh", "ntk");
        TrajectoryRuns runs = new TrajectoryRuns();
        Quantity q = new Quantity.OneStepChange(1.0, 0.5);
        assertEquals(own(a, q, 16, 3).value(), QuantityMeasurer.forQuantity(a, q, RADIUS, runs).measure(16, 3).value());
        assertEquals(0, runs.runsTaken());
    }

    @Test
    void aRunThatDivergesAfterTheStepAskedStillGivesThatStep() throws Exception {
        // a rate large enough to blow up within five steps but not at the first
        Architecture a = BallNets.of("3,m,m,1", "tanh", "standard");
        double eta = findRateDivergingAfterStepOne(a);
        TrajectoryRuns runs = new TrajectoryRuns();
        Quantity first = new Quantity.FeatureChange(2, 1, 1.0, eta);
        PointValue read = QuantityMeasurer.forQuantity(a, first, RADIUS, runs).measure(64, 1);
        assertTrue(Double.isFinite(read.value()), read.probe());
        assertEquals(own(a, first, 64, 1).value(), read.value());
        Quantity fifth = new Quantity.FeatureChange(2, 5, 1.0, eta);
        PointValue late = QuantityMeasurer.forQuantity(a, fifth, RADIUS, runs).measure(64, 1);
        assertTrue(Double.isNaN(late.value()) && late.probe().contains("diverged"), late.probe());
    }

    /** The smallest power of ten whose run is finite at step 1 and not at step 5. */
    private static double findRateDivergingAfterStepOne(Architecture a) throws Exception {
        for (double eta = 1; eta < 1e300; eta *= 10) {
            boolean firstFinite = Double.isFinite(own(a, new Quantity.FeatureChange(2, 1, 1.0, eta), 64, 1).value());
            boolean fifthFinite = Double.isFinite(own(a, new Quantity.FeatureChange(2, 5, 1.0, eta), 64, 1).value());
            if (firstFinite && !fifthFinite) {
                return eta;
            }
        }
        throw new AssertionError("no rate diverges between steps 1 and 5");
    }
}
