package io.multilin.numeric.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.multilin.architecture.Activation;
import io.multilin.architecture.Architecture;
import io.multilin.architecture.Parameterization;
import io.multilin.architecture.Width;
import io.multilin.numeric.engine.ForwardPass;
import io.multilin.numeric.engine.Initialization;
import io.multilin.numeric.engine.Network;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Gradient-descent trajectories: the loss gradient against finite differences of the loss, a
 * step against the same step taken by hand, frozen layers that do not move, and the known
 * width exponents of the first step's feature change under ntk (hidden layers m^-1/2, the
 * output m^0) and muP (m^0 everywhere).
 */
class TrajectoryTest {

    private static Architecture net(String widths, String activation, String parameterization) {
        return new Architecture(Arrays.stream(widths.split(",")).map(String::trim).map(Width::parse).toList(),
                Activation.parse(activation), Parameterization.parse(parameterization));
    }

    private static Trajectory batch(Network network, long seed, int size) {
        return batch(network, seed, size, 1.0);
    }

    private static Trajectory batch(Network network, long seed, int size, double target) {
        double[] targets = new double[size];
        Arrays.fill(targets, target);
        return new Trajectory(network, Initialization.inputs(network, seed, size), targets);
    }

    @Test
    void theLossGradientIsTheDerivativeOfTheLoss() {
        Network network = Network.of(net("3, m, m, 1", "tanh", "ntk"), 5);
        double[] w = Initialization.weights(network, 7);
        // a batch of one writes its gradient without the accumulator of a larger batch
        for (int size : new int[] {1, 3}) {
            Trajectory trajectory = batch(network, 7, size);
            double[] grad = new double[w.length];
            trajectory.lossAndGradient(w, grad);
            double h = 1e-5;
            for (int k = 0; k < w.length; k += 3) {
                double[] plus = w.clone();
                double[] minus = w.clone();
                plus[k] += h;
                minus[k] -= h;
                double fd = (trajectory.lossAndGradient(plus, null) - trajectory.lossAndGradient(minus, null))
                        / (2 * h);
                assertEquals(fd, grad[k], 1e-8 + 1e-6 * Math.abs(fd), "batch " + size + ", coordinate " + k);
            }
        }
    }

    @Test
    void aStepIsTheStepTakenByHand() {
        Architecture architecture = net("4, m, m, 1", "tanh", "mup");
        Network network = Network.of(architecture, 16);
        double[] w0 = Initialization.weights(network, 3);
        Trajectory trajectory = batch(network, 3, 2);
        double[] rates = LayerRates.of(architecture, 16);
        List<Trajectory.Record> records = trajectory.run(w0, 0.3, rates, 1);
        double[] grad = new double[w0.length];
        double loss0 = trajectory.lossAndGradient(w0, grad);
        double[] w1 = w0.clone();
        for (int l = 1; l <= network.depth(); l++) {
            int off = network.layout().offset(l);
            for (int k = off; k < off + network.layout().size(l); k++) {
                w1[k] -= 0.3 * rates[l] * grad[k];
            }
        }
        assertEquals(loss0, records.get(0).loss());
        assertEquals(trajectory.lossAndGradient(w1, null), records.get(1).loss());
        double[][] inputs = Initialization.inputs(network, 3, 2);
        ForwardPass forward = new ForwardPass(network);
        assertArrayEquals(new double[] {forward.evaluate(w1, inputs[0]), forward.evaluate(w1, inputs[1])},
                records.get(1).outputs());
        assertArrayEquals(new double[network.depth() + 1], records.get(0).featureChange(), "no change at step 0");
        // the size of what a change subtracts: RMS over the batch and coordinates of |z_l(w1)| + |z_l(w0)|
        for (int l = 1; l <= network.depth(); l++) {
            double sum = 0;
            int count = 0;
            for (double[] x : inputs) {
                forward.evaluate(w0, x);
                double[] z0 = forward.preActivation(l);
                forward.evaluate(w1, x);
                double[] z1 = forward.preActivation(l);
                for (int i = 0; i < z0.length; i++) {
                    sum += Math.pow(Math.abs(z1[i]) + Math.abs(z0[i]), 2);
                    count++;
                }
            }
            assertEquals(Math.sqrt(sum / count), records.get(1).featureSize()[l], 1e-12 * Math.sqrt(sum / count),
                    "layer " + l);
        }
        assertTrue(records.get(1).loss() < records.get(0).loss(), "a small step lowers the loss");
    }

    @Test
    void frozenLayersDoNotMoveTheirFeaturesAndTheSameRunIsTheSameToTheBit() {
        Network network = Network.of(net("4, m, m, 1", "tanh", "ntk"), 32);
        double[] w0 = Initialization.weights(network, 11);
        Trajectory trajectory = batch(network, 11, 4);
        double[] onlyLast = {0, 0, 0, 1};
        List<Trajectory.Record> records = trajectory.run(w0, 0.5, onlyLast, 3);
        for (Trajectory.Record r : records) {
            assertEquals(0.0, r.featureChange()[1], "layer 1 is frozen, step " + r.step());
            assertEquals(0.0, r.featureChange()[2], "layer 2 is frozen, step " + r.step());
        }
        assertTrue(records.get(3).featureChange()[3] > 0, "the output layer moves");
        List<Trajectory.Record> again = trajectory.run(w0, 0.5, onlyLast, 3);
        // records are values: equal contents, every array included
        assertEquals(records, again);
        assertEquals(records.hashCode(), again.hashCode());
        assertThrows(ArithmeticException.class, () -> trajectory.run(w0, 1e300, new double[] {0, 1, 1, 1}, 3),
                "a diverging run is refused, not recorded");
    }

    @Test
    void theFirstStepMovesHiddenFeaturesLikeMToTheMinusHalfUnderNtkAndOrderOneUnderMup() {
        // ntk (rates m^0): hidden coordinates move by m^-1/2 (lazy), the output by order one;
        // muP: every layer by order one (measured at m = 256..2048: -0.51, -0.54, -0.04; 0.02, 0.01, 0.03)
        assertEquals(-0.5, firstStepSlope("ntk", 1), 0.1);
        assertEquals(-0.5, firstStepSlope("ntk", 2), 0.1);
        assertEquals(0.0, firstStepSlope("ntk", 3), 0.1);
        assertEquals(0.0, firstStepSlope("mup", 1), 0.1);
        assertEquals(0.0, firstStepSlope("mup", 2), 0.1);
        assertEquals(0.0, firstStepSlope("mup", 3), 0.1);
    }

    /** The log-log slope in m of the median over 5 seeds of layer {@code layer}'s feature change after one step. */
    private static double firstStepSlope(String parameterization, int layer) {
        Architecture architecture = net("4, m, m, 1", "tanh", parameterization);
        long[] widths = {256, 512, 1024, 2048};
        double[] x = new double[widths.length];
        double[] y = new double[widths.length];
        for (int i = 0; i < widths.length; i++) {
            Network network = Network.of(architecture, widths[i]);
            double[] changes = new double[5];
            for (int s = 0; s < 5; s++) {
                long seed = 100 + s;
                // a target far from f(w0) ~ O(1) under ntk: the residual, which scales every
                // change, then varies little from seed to seed
                List<Trajectory.Record> records = batch(network, seed, 4, 5.0).run(Initialization.weights(network, seed),
                        0.5, LayerRates.of(architecture, widths[i]), 1);
                changes[s] = records.get(1).featureChange()[layer];
            }
            Arrays.sort(changes);
            x[i] = Math.log(widths[i]);
            y[i] = Math.log(changes[2]);
        }
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double num = 0;
        double den = 0;
        for (int i = 0; i < x.length; i++) {
            num += (x[i] - mx) * (y[i] - my);
            den += (x[i] - mx) * (x[i] - mx);
        }
        return num / den;
    }
}
